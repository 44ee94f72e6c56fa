namespace Crm.Framework.Storage.LiteDb;
/// <summary>temp</summary>
public static class TempStub
{
    /// <summary>temp</summary>
    public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddCrmLiteDbStore(this Microsoft.Extensions.DependencyInjection.IServiceCollection s, string path) => s;
}

namespace Crm.Framework.Customers;

/// <summary>The lifecycle rule: forward (lead → prospect → customer), to former from anywhere, and back from former.</summary>
internal static class Lifecycle
{
    public static bool CanMove(LifecycleStage from, LifecycleStage to) =>
        from == to || to == LifecycleStage.Former || from == LifecycleStage.Former || to > from;

    /// <summary>The stage a customer reaches through a sales event, never moving anyone backwards.</summary>
    public static LifecycleStage Promote(LifecycleStage current, LifecycleStage reached) =>
        current == LifecycleStage.Former || reached > current ? reached : current;
}

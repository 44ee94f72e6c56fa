namespace Crm.Framework.Fields;

/// <summary>
/// Where the CRM is used: how phone numbers written without <c>+</c> are read. Registered by the kernel with
/// TryAdd, so a host replaces it by registering its own first (the CLI reads <c>CRM_REGION</c>).
/// </summary>
public sealed record CrmRegionalSettings
{
    /// <summary>ISO 3166 code of the region local numbers are dialled in, e.g. <c>GB</c> (default) or <c>DE</c>; null: numbers need <c>+</c>.</summary>
    public string? DefaultRegion { get; init; } = "GB";

    /// <summary>The number in E.164 form, or null (see <see cref="PhoneNumbers.TryNormalize"/>).</summary>
    public string? NormalizePhone(string? phone) => PhoneNumbers.Normalize(phone, DefaultRegion);
}

namespace Crm.Framework.Cases;

/// <summary>What a service case is about.</summary>
public enum CaseType
{
    /// <summary>The customer is unhappy with something.</summary>
    Complaint,
    /// <summary>The customer asks for something (information, a change, a document).</summary>
    Request,
    /// <summary>Something stopped working.</summary>
    Incident,
    /// <summary>A claim under a warranty or a contract.</summary>
    WarrantyClaim,
}

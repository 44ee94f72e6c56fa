using Crm.Framework;
using Crm.Framework.Documents;

namespace Crm.Cli.Infrastructure;

/// <summary>How a rendered document leaves the command: printed, kept on the card, and optionally written to <c>--out</c>.</summary>
public static class DocumentOutput
{
    /// <summary>Refuses an <c>--out</c> file in a folder that does not exist, before anything is rendered or kept.</summary>
    /// <exception cref="CrmValidationException">The folder is missing.</exception>
    public static void CheckFolder(FileInfo? file)
    {
        if (file is { Directory: { Exists: false } folder })
            throw new CrmValidationException("out", folder.FullName, "is a folder that does not exist; create it or write the document elsewhere");
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="file"/> when given, prints it, and says where it is kept.</summary>
    public static async Task WriteAsync(CliContext cli, Document document, FileInfo? file, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            await File.WriteAllTextAsync(file.FullName, document.Content, cancellationToken);
            cli.Error.WriteLine($"Saved {document.Id} to {file.FullName}.");
        }
        cli.Output.WriteLine(document.Content);
        cli.Error.WriteLine($"Document {document.Id} ({document.Title}) kept on customer {document.CustomerId}.");
    }
}

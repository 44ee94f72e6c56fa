namespace Crm.Framework.Documents;

/// <summary>A template could not be parsed or rendered. Names the template, the line and column, and the problem.</summary>
public sealed class TemplateException(string template, int line, int column, string problem, Exception? inner = null)
    : CrmException($"Template '{template}' failed at line {line}, column {column}: {problem}", inner)
{
    /// <summary>The template key.</summary>
    public string Template { get; } = template;
    /// <summary>1-based line.</summary>
    public int Line { get; } = line;
    /// <summary>1-based column.</summary>
    public int Column { get; } = column;
    /// <summary>The problem, without the position.</summary>
    public string Problem { get; } = problem;
    /// <inheritdoc />
    public override string Code => "template";
}

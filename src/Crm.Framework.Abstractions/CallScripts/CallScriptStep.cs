namespace Crm.Framework.CallScripts;

/// <summary>One step of a call script: something to say, or a question to ask.</summary>
public sealed record CallScriptStep
{
    /// <summary>A step.</summary>
    /// <param name="text">What to say or ask.</param>
    /// <param name="isQuestion">True for a question.</param>
    /// <param name="choices">The expected answers to a question, if any.</param>
    private CallScriptStep(string text, bool isQuestion, IReadOnlyList<string> choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        IsQuestion = isQuestion;
        Choices = choices;
    }

    /// <summary>What to say or ask.</summary>
    public string Text { get; }

    /// <summary>True for a question.</summary>
    public bool IsQuestion { get; }

    /// <summary>The expected answers to a question (empty for an open question or a statement).</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>Something to say.</summary>
    public static CallScriptStep Say(string text) => new(text, false, []);

    /// <summary>A question to ask, with optional expected answers.</summary>
    public static CallScriptStep Ask(string question, params string[] choices) => new(question, true, choices);
}

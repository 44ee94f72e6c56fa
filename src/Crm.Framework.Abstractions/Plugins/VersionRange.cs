namespace Crm.Framework.Plugins;

/// <summary>
/// A range of versions in interval notation: <c>[1.0,2.0)</c> (1.0 inclusive to 2.0 exclusive),
/// <c>[1.2,)</c> (1.2 or later) or a bare <c>1.2</c> (the same).
/// </summary>
public sealed record VersionRange(Version? Min, bool MinInclusive, Version? Max, bool MaxInclusive)
{
    /// <summary>Parses the notation; returns false with a reason for anything else.</summary>
    public static bool TryParse(string? text, out VersionRange? range, out string? error)
    {
        range = null;
        error = null;
        var s = text?.Trim() ?? "";
        if (s.Length == 0) { error = "the range is empty"; return false; }
        if (s[0] is not ('[' or '('))
        {
            if (Version.TryParse(s, out var bare)) { range = new VersionRange(bare, true, null, false); return true; }
            error = $"'{s}' is not a version or an interval like [1.0,2.0)";
            return false;
        }
        if (s[^1] is not (']' or ')') || !s.Contains(','))
        {
            error = $"'{s}' is not an interval like [1.0,2.0)";
            return false;
        }
        var parts = s[1..^1].Split(',');
        if (parts.Length != 2) { error = $"'{s}' must have exactly one comma"; return false; }
        Version? min = null, max = null;
        if (parts[0].Trim().Length > 0 && !Version.TryParse(parts[0].Trim(), out min)) { error = $"'{parts[0]}' is not a version"; return false; }
        if (parts[1].Trim().Length > 0 && !Version.TryParse(parts[1].Trim(), out max)) { error = $"'{parts[1]}' is not a version"; return false; }
        range = new VersionRange(min, s[0] == '[', max, s[^1] == ']');
        return true;
    }

    /// <summary>True when <paramref name="version"/> is inside the range (compared on major.minor.build).</summary>
    public bool Includes(Version version)
    {
        var v = Normalize(version);
        if (Min is not null)
        {
            var c = v.CompareTo(Normalize(Min));
            if (c < 0 || (c == 0 && !MinInclusive)) return false;
        }
        if (Max is not null)
        {
            var c = v.CompareTo(Normalize(Max));
            if (c > 0 || (c == 0 && !MaxInclusive)) return false;
        }
        return true;
    }

    private static Version Normalize(Version v) => new(v.Major, Math.Max(v.Minor, 0), Math.Max(v.Build, 0));

    /// <inheritdoc />
    public override string ToString() =>
        $"{(MinInclusive ? '[' : '(')}{Min},{Max}{(MaxInclusive ? ']' : ')')}";
}

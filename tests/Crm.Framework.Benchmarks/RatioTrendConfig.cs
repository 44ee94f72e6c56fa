using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Crm.Framework.Benchmarks;

/// <summary>
/// Prints the ratio to the baseline as "12.34x slower" / "567.89x faster" rather than as a fraction,
/// which rounds a thousandfold speed-up to 0.000.
/// </summary>
public sealed class RatioTrendConfig : ManualConfig
{
    /// <summary>The config.</summary>
    public RatioTrendConfig() => SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
}

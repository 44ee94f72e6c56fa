using Crm.Framework.Storage;

namespace Crm.Framework.Sales;

/// <summary>
/// Gives out human-friendly numbers (<c>Q-2026-0001</c>, <c>O-2026-0001</c>), sequential per prefix and year.
/// The counter record is written in the command's own unit of work, so a number is taken only if the
/// command commits, and two commands taking the same number conflict (optimistic concurrency) rather than share it.
/// </summary>
public sealed class SalesNumbers(ICrmStore store, UnitOfWork work, TimeProvider clock)
{
    /// <summary>The next number of the series <paramref name="prefix"/> this year.</summary>
    public string Next(string prefix)
    {
        var year = clock.GetUtcNow().Year;
        var series = $"{prefix}-{year}";
        var before = store.GetRecord(SalesRecords.Counters, series);
        var after = new NumberCounter { Id = series, Last = (before?.Last ?? 0) + 1, Version = (before?.Version ?? 0) + 1 };
        if (before is null) work.Insert(SalesRecords.Counters, after);
        else work.Update(SalesRecords.Counters, before, after);
        return $"{series}-{after.Last:0000}";
    }
}

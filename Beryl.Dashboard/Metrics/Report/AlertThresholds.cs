namespace Beryl.Dashboard.Metrics.Report;

/// <summary>The warning and critical thresholds, in percent, applied in either direction.</summary>
public sealed record AlertThresholds(double Warning, double Critical)
{
    public Severity SeverityOf(double percent)
    {
        // Rounded so that a change of exactly 10 % is not lost to floating point (11 / 10 - 1 = 0.0999...).
        var size = Math.Round(Math.Abs(percent), 9);
        return size >= Critical ? Severity.Critical : size >= Warning ? Severity.Warning : Severity.None;
    }
}

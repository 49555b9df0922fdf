namespace Beryl.Dashboard.Metrics.Report;

/// <summary>What a trend's colour says, in a word, for readers who do not see the colour.</summary>
public static class TrendWords
{
    /// <summary>"better" or "worse"; null for a change that is neither (a neutral metric, no change).</summary>
    public static string? Word(this TrendColour colour) => colour switch
    {
        TrendColour.Good => "better",
        TrendColour.Bad => "worse",
        _ => null,
    };
}

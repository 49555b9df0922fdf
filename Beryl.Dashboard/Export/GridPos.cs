using System.Text.Json.Nodes;

namespace Beryl.Dashboard.Export;

/// <summary>Where a panel sits on Grafana's grid: 24 columns wide, heights in rows of about 30 px.</summary>
public sealed record GridPos(int X, int Y, int W, int H)
{
    public JsonObject ToJson() => new() { ["h"] = H, ["w"] = W, ["x"] = X, ["y"] = Y };
}

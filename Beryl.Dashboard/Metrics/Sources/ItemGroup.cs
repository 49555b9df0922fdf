using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>Live items of one status and type: how many, and how many marked favourite.</summary>
public sealed record ItemGroup(string Status, long? ItemTypeId, int Count, int Favourites);

using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>Live attribute values: items per attribute, items with any value, and the values themselves.</summary>
public sealed record AttributeValuePass(IReadOnlyDictionary<long, int> ItemsPerAttribute, int ItemsWithValues, int Values);

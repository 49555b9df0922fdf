using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Beryl.Dashboard.BerylData;

/// <summary>Beryl's database lacks a table or column the dashboard reads: one line, nothing read or stored.</summary>
public sealed class BerylSchemaException(string message) : Metrics.Store.CollectionFailedException(message, null);

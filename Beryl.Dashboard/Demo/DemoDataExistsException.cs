using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Demo;

/// <summary>Thrown when asked to seed a Beryl database that already has data: seeding never touches real data.</summary>
public sealed class DemoDataExistsException(int users)
    : Exception($"The Beryl database already has {users} users; seed-demo only fills an empty database.");

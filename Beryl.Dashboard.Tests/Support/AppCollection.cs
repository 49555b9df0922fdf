namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// Tests that boot the whole app (WebApplicationFactory, Kestrel, Hangfire) share global state such as
/// Hangfire's storage, so they run one at a time in this collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppCollection
{
    public const string Name = "app";
}

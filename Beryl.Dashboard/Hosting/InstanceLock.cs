using Beryl.Dashboard.Settings;
namespace Beryl.Dashboard.Hosting;

/// <summary>
/// One web instance per data folder: its SQLite databases, Hangfire's SQLite storage and the in-memory sign-in
/// limits are meant for one process. The instance holds <c>instance.lock</c> in the folder, exclusively, for as
/// long as it runs (the operating system lets go when the process ends, killed or not); a second one is refused
/// in one line instead of sharing the folder silently. The commands do not take it: they run beside the server.
/// </summary>
public sealed class InstanceLock : IDisposable
{
    public const string FileName = "instance.lock";

    private readonly FileStream file;

    private InstanceLock(FileStream file) => this.file = file;

    /// <exception cref="SettingsException">Another process holds the folder's lock.</exception>
    public static InstanceLock Take(DataFolder folder)
    {
        try
        {
            return new InstanceLock(new FileStream(folder.File(FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new SettingsException(
                $"Another dashboard already serves the data folder {folder.Path} (it holds {FileName}): run one instance per " +
                $"data folder; stop the other, or give this one its own {DataFolder.Setting}.");
        }
    }

    public void Dispose() => file.Dispose();
}

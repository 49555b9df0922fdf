namespace Beryl.Dashboard.Settings;

/// <summary>A setting is wrong; its message is the one line the program prints before it stops.</summary>
public sealed class SettingsException(string message) : Exception(message);

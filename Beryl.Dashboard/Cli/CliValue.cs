namespace Beryl.Dashboard.Cli;

public enum CliValue { Text, Date, Number }

namespace Beryl.Dashboard.Components.Shared;

public enum ChartKind { Line, Area }

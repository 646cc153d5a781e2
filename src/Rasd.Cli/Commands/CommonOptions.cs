using System.CommandLine;

namespace Rasd.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public const string DefaultDataDir = "rasd-data";

    public static Option<string> Data() => new("--data")
    {
        Description = "The data folder holding the store",
        DefaultValueFactory = _ => DefaultDataDir,
        HelpName = "DIR",
    };
}

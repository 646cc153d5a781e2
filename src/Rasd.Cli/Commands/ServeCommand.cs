using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Rasd.Server;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd serve [--data DIR] [--urls URL]</c>: the HTTP API and the web UI over a data folder.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen; only this machine can reach the default",
            DefaultValueFactory = _ => RasdServer.DefaultUrls,
            HelpName = "URL",
        };
        var command = new Command("serve", "Serve the archive: the web UI (search, timeline, entities, who met whom, the reader) and the JSON API under /api (OpenAPI at /openapi/v1.json)") { data, urls };
        command.SetAction(async (parse, ct) =>
        {
            var app = RasdServer.Build(parse.GetValue(data)!, parse.GetValue(urls));
            await app.StartAsync(ct);
            foreach (var url in app.Urls) Console.Error.WriteLine($"rasd: serving {parse.GetValue(data)} at {url}");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Rasd.Server;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd serve [--data DIR] [--urls URL] [--write-token TOKEN]</c>: the HTTP API and the web UI over a data folder.</summary>
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
        var token = new Option<string?>("--write-token")
        {
            Description = $"Let requests that send this secret (Authorization: Bearer TOKEN, at least {WriteToken.MinLength} characters) add articles through POST /api/documents; default: ${WriteToken.EnvironmentVariable}, else read-only",
            HelpName = "TOKEN",
        };
        var command = new Command("serve", "Serve the archive: the web UI (search, timeline, entities, who met whom, the reader) and the JSON API under /api (OpenAPI at /openapi/v1.json)") { data, urls, token };
        command.SetAction(async (parse, ct) =>
        {
            // From the environment, the secret stays out of the process list and the shell's history.
            var secret = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(WriteToken.EnvironmentVariable);
            var app = RasdServer.Build(parse.GetValue(data)!, parse.GetValue(urls), string.IsNullOrEmpty(secret) ? null : new WriteToken(secret));
            await app.StartAsync(ct);
            foreach (var url in app.Urls) Console.Error.WriteLine($"rasd: serving {parse.GetValue(data)} at {url}{(secret is { Length: > 0 } ? " (writable with the token)" : " (read-only)")}");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}

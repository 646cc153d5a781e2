using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Rasd.Cli.Views;
using Rasd.Analysis.Entities;
using Rasd.Search;
using Rasd.Storage;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd search QUERY [--data DIR] [--json] [--limit N] [--offset N] [--sort relevance|newest|oldest] [--facets N]</c>.</summary>
public static class SearchCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "Words (all must be there), \"a phrase\", AND / OR / NOT, ( ), entity:NAME (person: org: place:), title:, outlet:, type:visit, date:2016 or date:[2016-01 TO 2018]",
        };
        var data = CommonOptions.Data();
        var json = new Option<bool>("--json") { Description = "Write the hits, facets and snippets as JSON" };
        var limit = new Option<int>("--limit") { Description = $"Hits per page (at most {SearchRequest.MaxLimit})", DefaultValueFactory = _ => 10, HelpName = "N" };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (the next page)", HelpName = "N" };
        var sort = new Option<string>("--sort") { Description = "relevance (the default), newest or oldest first", DefaultValueFactory = _ => "relevance", HelpName = "ORDER" };
        sort.AcceptOnlyFromAmong("relevance", "newest", "oldest");
        var facets = new Option<int>("--facets") { Description = "Values shown per facet (people, organizations, places, outlets, years, types); 0 for none", DefaultValueFactory = _ => 5, HelpName = "N" };
        var command = new Command("search", "Search the analyzed articles (Arabic words in all their forms, names in all their spellings)") { query, data, json, limit, offset, sort, facets };
        command.SetAction(async (parse, ct) =>
        {
            var dataDir = parse.GetValue(data)!;
            using var store = SqliteStore.OpenExisting(dataDir);
            using var index = SearchIndex.OpenExisting(dataDir);
            var request = new SearchRequest(parse.GetValue(query)!)
            {
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
                Sort = Enum.Parse<SearchSort>(parse.GetValue(sort)!, ignoreCase: true),
                FacetSize = parse.GetValue(facets),
            };
            var clock = Stopwatch.StartNew();
            var results = new ArchiveSearch(index, store, KnowledgeBase.Default.KeyOfName).Search(request);
            clock.Stop();
            if (parse.GetValue(json))
            {
                await using var stdout = Console.OpenStandardOutput();
                await JsonSerializer.SerializeAsync(stdout, results, Json.Options, ct);
                await stdout.WriteAsync("\n"u8.ToArray(), ct);
            }
            else SearchView.Write(console, results, request, clock.Elapsed);
            return 0;
        });
        return command;
    }
}

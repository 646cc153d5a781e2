using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Rasd.Server;

namespace Rasd.Tests.Server;

/// <summary>The seeds analyzed into a data folder, once for all the API tests; each test serves a copy of it.</summary>
public sealed class AnalyzedSeeds : IAsyncLifetime
{
    public string Data { get; } = TestSupport.TempDir();

    public async Task InitializeAsync()
    {
        var input = TestSupport.TempDir();
        foreach (var seed in Directory.EnumerateFiles(TestSupport.Seeds))
            File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        var analyze = await Task.Run(() => TestSupport.RunRasd("analyze", input, "--data", Data));
        Assert.True(analyze.Code == 0, analyze.Err);
    }

    /// <summary>A copy of the folder, so that a test that writes leaves the others what they expect.</summary>
    public string Copy()
    {
        var copy = TestSupport.TempDir();
        foreach (var file in Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(Data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return copy;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class ApiTests(AnalyzedSeeds seeds) : IClassFixture<AnalyzedSeeds>
{
    private const string Token = "a-long-enough-secret-0123456789";

    private const string Article = "زار وزير الخارجية الروسي سيرغي لافروف القاهرة أمس الأحد، والتقى الرئيس المصري عبد الفتاح السيسي لبحث الأزمة في ليبيا.";

    private static async Task<(WebApplication App, HttpClient Http)> Serve(string data, WriteToken? token)
    {
        var app = RasdServer.Build(data, "http://127.0.0.1:0", token);
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    private static HttpRequestMessage Post(object body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<int> DocumentCount(HttpClient http) =>
        (await Json(await http.GetAsync("/api/search?q=*&limit=0&facets=0"))).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_server_without_a_write_token_refuses_to_add_and_says_how()
    {
        var (app, http) = await Serve(seeds.Copy(), null);
        await using var _ = app;
        var before = await DocumentCount(http);
        var response = await http.SendAsync(Post(new { text = Article }, Token));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--write-token", (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await DocumentCount(http));
    }

    [Fact]
    public async Task Adding_needs_the_token()
    {
        var (app, http) = await Serve(seeds.Copy(), new WriteToken(Token));
        await using var _ = app;
        var before = await DocumentCount(http);
        var none = await http.SendAsync(Post(new { text = Article }, null));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        var wrong = await http.SendAsync(Post(new { text = Article }, Token + "x"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(before, await DocumentCount(http));
    }

    [Fact]
    public async Task An_added_article_is_analyzed_stored_searchable_and_in_the_timeline()
    {
        var (app, http) = await Serve(seeds.Copy(), new WriteToken(Token));
        await using var _ = app;
        var before = await DocumentCount(http);
        var response = await http.SendAsync(Post(new { text = Article, title = "لافروف في القاهرة", outlet = "الأهرام", date = "2017-03-06", url = "https://example.org/a" }, Token));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await Json(response);
        var id = view.GetProperty("document").GetProperty("id").GetString()!;
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.ToString());
        Assert.Equal(Article, view.GetProperty("text").GetString()); // exactly as sent
        Assert.Equal("الأهرام", view.GetProperty("document").GetProperty("outlet").GetString());
        Assert.Contains(view.GetProperty("document").GetProperty("names").EnumerateArray(), n => n.GetProperty("text").GetString() == "سيرغي لافروف");

        var hits = await Json(await http.GetAsync("/api/search?q=entity:لافروف&facets=0"));
        Assert.Equal(id, hits.GetProperty("hits")[0].GetProperty("id").GetString());
        var timeline = await Json(await http.GetAsync("/api/timeline?entity=لافروف"));
        var visit = timeline.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "visit");
        Assert.Equal("2017-03-05", visit.GetProperty("date").GetProperty("start").GetString()); // «أمس الأحد» of a Monday's report
        Assert.Contains(visit.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("doc").GetString() == id);

        // The same text again is the same document: replaced, not added twice.
        var again = await http.SendAsync(Post(new { text = Article, date = "2017-03-06" }, Token));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(id, (await Json(again)).GetProperty("document").GetProperty("id").GetString());
        Assert.Equal(before + 1, await DocumentCount(http));
    }

    [Theory]
    [InlineData("{\"text\": \"   \"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": ", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"نص\", \"date\": \"yesterday\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"نص\", \"url\": \"not a url\"}", HttpStatusCode.BadRequest)]
    public async Task A_bad_article_gets_a_problem_and_changes_nothing(string body, HttpStatusCode status)
    {
        var (app, http) = await Serve(seeds.Copy(), new WriteToken(Token));
        await using var _ = app;
        var before = await DocumentCount(http);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var response = await http.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty((await Json(response)).GetProperty("detail").GetString()));
        Assert.Equal(before, await DocumentCount(http));
    }

    [Fact]
    public async Task An_article_over_the_size_limit_is_refused()
    {
        var (app, http) = await Serve(seeds.Copy(), new WriteToken(Token));
        await using var _ = app;
        var request = Post(new { text = new string('ب', 600_000) }, Token); // 1.2 MB in UTF-8
        request.Headers.ExpectContinue = true; // the server answers before the body is sent
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Reading_routes_answer_problems_and_the_openapi_document_lists_the_write_route()
    {
        var (app, http) = await Serve(seeds.Copy(), null);
        await using var _ = app;
        var missing = await http.GetAsync("/api/documents/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/search?q=foo:bar")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/api/timeline?from=yesterday")).StatusCode);
        var openapi = await Json(await http.GetAsync("/openapi/v1.json"));
        Assert.True(openapi.GetProperty("paths").GetProperty("/api/documents").TryGetProperty("post", out var post) && post.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task Every_document_reads_with_the_events_each_of_its_mentions_reports()
    {
        var (app, http) = await Serve(seeds.Copy(), null);
        await using var _ = app;
        var all = await Json(await http.GetAsync("/api/search?q=*&limit=100&facets=0"));
        Assert.Equal(5, all.GetProperty("total").GetInt32());
        foreach (var hit in all.GetProperty("hits").EnumerateArray())
        {
            var response = await http.GetAsync($"/api/documents/{hit.GetProperty("id").GetString()}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (var e in (await Json(response)).GetProperty("events").EnumerateArray())
                if (e.GetProperty("event").GetString() is { } first)
                    Assert.Equal(first, e.GetProperty("events")[0].GetString());
        }
    }

    [Fact]
    public void A_guessable_token_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new WriteToken("secret"));
        Assert.Contains("16", e.Message, StringComparison.Ordinal);
    }
}

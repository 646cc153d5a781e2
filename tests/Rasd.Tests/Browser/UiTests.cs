using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Rasd.Server;

namespace Rasd.Tests.Browser;

/// <summary>
/// The seeds and one hostile article, analyzed into a data folder and served on a free port of
/// 127.0.0.1; Debian's Chromium, driven headless by Playwright, reads the pages. Screenshots go
/// to the test output (screenshots/).
/// </summary>
public sealed class ServedArchive : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Markup an article may carry: it must reach the page as text and never run.</summary>
    public const string Hostile = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string Url { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {Chromium}: apt-get install chromium (.ci/run installs it).");
        var input = TestSupport.TempDir();
        foreach (var seed in Directory.EnumerateFiles(TestSupport.Seeds)) File.Copy(seed, Path.Combine(input, Path.GetFileName(seed)));
        await File.WriteAllTextAsync(Path.Combine(input, "hostile.txt"),
            $"مقال مريب {Hostile}\nتم النشر: 2018/11/09\nقال المتحدث إن الوزير سيزور القاهرة {Hostile} الأسبوع المقبل.\n");
        var data = TestSupport.TempDir();
        var analyze = await Task.Run(() => TestSupport.RunRasd("analyze", input, "--data", data));
        Assert.True(analyze.Code == 0, analyze.Err);

        _app = RasdServer.Build(data, "http://127.0.0.1:0");
        await _app.StartAsync();
        Url = _app.Urls.First();
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // This machine's network is closed: Chromium must not try to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.StopAsync();
    }
}

public sealed class UiTests(ServedArchive archive) : IClassFixture<ServedArchive>
{
    /// <summary>A page of the UI, drawn: the app marks the body when a route has been rendered. Any dialog fails the test.</summary>
    private async Task<IPage> Open(string route)
    {
        var page = await archive.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 1000 } });
        page.Dialog += (_, dialog) => Assert.Fail($"A dialog opened: {dialog.Message}");
        await page.GotoAsync(archive.Url + "/" + route);
        await WaitDrawn(page, route);
        return page;
    }

    private static async Task WaitDrawn(IPage page, string route) =>
        await page.WaitForFunctionAsync("r => document.body.dataset.ready === r", route[route.IndexOf('#', StringComparison.Ordinal)..]);

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServedArchive.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Pages_are_right_to_left_in_the_arabic_typeface()
    {
        var page = await Open("#/search");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Noto Naskh Arabic", await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.load('16px \"Noto Naskh Arabic\"', 'رصد').then(f => f.length > 0)"), "the typeface is served from the server itself");
    }

    [Fact]
    public async Task Search_shows_hits_with_marked_words_and_facets_that_narrow_it()
    {
        var page = await Open("#/search?q=" + Uri.EscapeDataString("الوزير"));
        var hits = await page.Locator(".hit").CountAsync();
        Assert.True(hits >= 3, $"{hits} hits");
        var marked = await page.Locator(".hit mark").AllTextContentsAsync();
        Assert.Contains(marked, m => m.Contains("وزير", StringComparison.Ordinal));
        await Shot(page, "search");
        var facet = page.Locator(".facet button", new PageLocatorOptions { HasText = "2018" }).First;
        await facet.ClickAsync();
        await page.WaitForFunctionAsync("() => decodeURIComponent(location.hash).includes('date:2018') && document.body.dataset.ready === location.hash");
        var narrowed = await page.Locator(".hit").CountAsync();
        Assert.InRange(narrowed, 1, hits - 1);
    }

    [Fact]
    public async Task The_timeline_of_haftar_shows_his_visits_to_moscow_and_zooms()
    {
        var page = await Open("#/timeline?entity=" + Uri.EscapeDataString("حفتر"));
        var rows = await page.Locator(".event-row").AllTextContentsAsync();
        Assert.Contains(rows, r => r.Contains("2018-11-07", StringComparison.Ordinal) && r.Contains("موسكو", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("لم يحدث", StringComparison.Ordinal)); // the meeting with Putin that did not take place
        Assert.True(await page.Locator("svg .event-mark").CountAsync() >= 5);
        var before = await page.Locator("svg text").AllTextContentsAsync();
        await Shot(page, "timeline");
        for (var i = 0; i < 4; i++) await page.ClickAsync("#zoom-in");
        var after = await page.Locator("svg text").AllTextContentsAsync();
        Assert.NotEqual(before, after); // years give way to months
        Assert.Contains(after, t => t.Length == 7 && t[4] == '-');
    }

    [Fact]
    public async Task The_entity_page_shows_names_events_and_who_appears_with_him()
    {
        var page = await Open("#/entity/khalifa-haftar");
        Assert.Contains("خليفة حفتر", await page.TextContentAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("سيرغي شويغو", await page.TextContentAsync("#with"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#events .event-row").CountAsync() >= 5);
        await Shot(page, "entity");
    }

    [Fact]
    public async Task The_graph_links_who_met_whom()
    {
        var page = await Open("#/graph");
        await page.WaitForFunctionAsync("() => window.rasdGraph && window.rasdGraph.nodes().length > 0");
        Assert.True(await page.EvaluateAsync<int>("window.rasdGraph.nodes().length") >= 3);
        Assert.True(await page.EvaluateAsync<bool>("window.rasdGraph.edges().some(e => [e.source().data('label'), e.target().data('label')].includes('سيرغي شويغو'))"));
        Assert.True(await page.Locator("#graph canvas").CountAsync() > 0);
        await Shot(page, "graph");
    }

    [Fact]
    public async Task The_reader_shows_the_text_exactly_as_written_with_names_dates_events_and_repairs()
    {
        // Seed 003 is the text damaged by PDF extraction: its repairs are listed.
        var search = await Open("#/search?q=" + Uri.EscapeDataString("\"اللواء الليبي المتقاعد\""));
        await search.ClickAsync(".hit h2 a");
        await search.WaitForFunctionAsync("() => location.hash.startsWith('#/doc/') && document.body.dataset.ready === location.hash");
        Assert.True(await search.Locator("#doc-text .name").CountAsync() > 3);
        Assert.True(await search.Locator("#doc-text .time").CountAsync() > 0);
        Assert.True(await search.Locator("#doc-text .event").CountAsync() > 0);
        Assert.True(await search.Locator("#repairs li").CountAsync() > 0);
        var id = search.Url[(search.Url.IndexOf("#/doc/", StringComparison.Ordinal) + 6)..];
        using var http = new HttpClient();
        using var doc = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"{archive.Url}/api/documents/{id}"));
        Assert.Equal(doc.RootElement.GetProperty("text").GetString(), await search.TextContentAsync("#doc-text"));
        await Shot(search, "reader");
    }

    [Fact]
    public async Task Markup_in_an_article_stays_text_and_never_runs()
    {
        var page = await Open("#/search?q=" + Uri.EscapeDataString("مريب"));
        Assert.Contains("<script>", await page.TextContentAsync(".hit"), StringComparison.Ordinal);
        await page.ClickAsync(".hit h2 a");
        await page.WaitForFunctionAsync("() => location.hash.startsWith('#/doc/') && document.body.dataset.ready === location.hash");
        Assert.Contains(ServedArchive.Hostile, await page.TextContentAsync("#doc-text"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#page img, #page script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("window.__pwned ?? null"));
        await Shot(page, "hostile");
    }
}

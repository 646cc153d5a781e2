using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Rasd.Server;

/// <summary>
/// The web server of a data folder: the API under <c>/api</c>, its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the UI. It binds 127.0.0.1 unless told otherwise and only reads,
/// unless started with a write token: then a request that sends it may add an article.
/// </summary>
public static class RasdServer
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    private const long MaxRequestBytes = 64 * 1024; // reading routes take queries, not uploads
    private const long MaxArticleBytes = 1024 * 1024; // the route that adds an article takes one

    public static WebApplication Build(string dataDir, string? urls = null, WriteToken? writeToken = null)
    {
        // A missing store or index stops here, with the command that makes one.
        var archive = new Archive(dataDir, writable: writeToken is not null);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, WebRootPath = "wwwroot" });
        builder.WebHost.UseUrls(urls ?? DefaultUrls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(archive);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // Arabic as Arabic; the UI renders it as text
        });
        var app = builder.Build();
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            // A request the API cannot answer (a bad query, a bad date) is the client's error, said in problem details.
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var (status, title) = error switch
            {
                BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Too large" : "Bad request"),
                FormatException or ArgumentException or JsonException => (StatusCodes.Status400BadRequest, "Bad request"),
                _ => (StatusCodes.Status500InternalServerError, "Server error"),
            };
            await Results.Problem(error?.Message, statusCode: status, title: title).ExecuteAsync(context);
        }));
        app.UseStatusCodePages(async context =>
        {
            if (context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
                await Results.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext);
        });
        app.Use(async (context, next) =>
        {
            // The pages load only their own scripts and styles: even if article text were ever read as HTML, nothing in it could run.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next();
        });
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxArticleBytes;
            await next();
        });
        app.MapOpenApi();
        Endpoints.Map(app, writeToken);
        var web = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(web))
        {
            var files = new PhysicalFileProvider(web);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.Lifetime.ApplicationStopped.Register(archive.Dispose);
        return app;
    }
}

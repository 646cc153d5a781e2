using System.CommandLine;
using System.Text;
using Rasd.Analysis.Entities.Ner;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd ner --conll FILE [--score] [--model FILE]</c>: tags the tokens of a CoNLL file, one
/// <c>token TAB tag</c> line each, a blank line between sentences; scores against the file's own
/// tags (CoNLL entity level, on standard error) when it has them.
/// </summary>
public static class NerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll") { Description = "One 'token' or 'token TAG' per line, blank lines between sentences", Required = true, HelpName = "FILE" };
        var score = new Option<bool>("--score") { Description = "Score against the file's tags (done anyway when it has them)" };
        var modelPath = new Option<string?>("--model") { Description = "A model made by rasd train-ner instead of the embedded one", HelpName = "FILE" };
        var command = new Command("ner", "Tag names (PERS, LOC, ORG, MISC) in a CoNLL file with the statistical recognizer") { conll, score, modelPath };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(conll)!;
            var sentences = Conll.ReadFile(path);
            var gold = sentences.Count > 0 && sentences[0].Tags is not null;
            if (parse.GetValue(score) && !gold) { Console.Error.WriteLine($"rasd: {path}: no tags to score against"); return 1; }
            var recognizer = parse.GetValue(modelPath) is { } m ? NamedEntityRecognizer.Load(m) : NamedEntityRecognizer.Default;
            var scores = new EntityScore();
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            var tagged = recognizer.TagDocument([.. sentences.Select(s => s.Tokens)]);
            for (var k = 0; k < sentences.Count; k++)
            {
                var sentence = sentences[k];
                var tags = tagged[k];
                Conll.Write(output, sentence.Tokens, tags);
                if (gold) scores.Add(sentence.Tags!, tags);
            }
            output.Flush();
            if (gold) Console.Error.Write(scores.Report());
            return 0;
        });
        return command;
    }
}

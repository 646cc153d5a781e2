using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Rasd.Analysis.Entities.Ner;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd train-ner --train FILE [--dev FILE | --dev-share S] [--epochs N] [--bits N] [--seed N] --out FILE</c>:
/// trains the named-entity recognizer on a CoNLL file (how <c>resources/ar/ner.bin.gz</c> is made).
/// </summary>
public static class TrainNerCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file: 'token TAG' lines, blank lines between sentences", Required = true, HelpName = "FILE" };
        var dev = new Option<string?>("--dev") { Description = "CoNLL dev file scored after each epoch; the best epoch is kept", HelpName = "FILE" };
        var devShare = new Option<double>("--dev-share") { Description = "Without --dev: hold out this share of the training sentences, the last ones, as dev (0: train on all)", DefaultValueFactory = _ => 0.1, HelpName = "S" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences", DefaultValueFactory = _ => new NerTrainingOptions().Epochs, HelpName = "N" };
        var bits = new Option<int>("--bits") { Description = "Feature table size: 2^N rows", DefaultValueFactory = _ => new NerTrainingOptions().Bits, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed of the order sentences are visited in", DefaultValueFactory = _ => new NerTrainingOptions().Seed, HelpName = "N" };
        var without = new Option<string[]>("--without") { Description = "Feature groups to leave out, for ablations: " + string.Join(", ", Groups()), HelpName = "GROUP", AllowMultipleArgumentsPerToken = true };
        var minCount = new Option<int>("--min-count") { Description = "Leave out features seen on fewer training tokens", DefaultValueFactory = _ => new NerTrainingOptions().MinCount, HelpName = "N" };
        var output = new Option<string>("--out") { Description = "The model file to write (gzip)", Required = true, HelpName = "FILE" };
        var command = new Command("train-ner", "Train the named-entity recognizer (averaged perceptron, Viterbi) on a CoNLL file") { train, dev, devShare, epochs, bits, seed, without, minCount, output };
        command.SetAction(parse =>
        {
            var share = parse.GetValue(devShare);
            if (share is < 0 or >= 1) { Console.Error.WriteLine("rasd: --dev-share must be in [0, 1)"); return 1; }
            if (parse.GetValue(bits) is < NerTrainer.MinBits or > NerTrainer.MaxBits) { Console.Error.WriteLine($"rasd: --bits must be between {NerTrainer.MinBits} and {NerTrainer.MaxBits}"); return 1; }
            if (parse.GetValue(epochs) < 1) { Console.Error.WriteLine("rasd: --epochs must be at least 1"); return 1; }
            var features = NerFeatureSet.All;
            foreach (var name in parse.GetValue(without) ?? [])
            {
                if (!Enum.TryParse<NerFeatureSet>(name, ignoreCase: true, out var group) || group is NerFeatureSet.None or NerFeatureSet.All)
                {
                    Console.Error.WriteLine($"rasd: --without: no feature group '{name}' (groups: {string.Join(", ", Groups())})");
                    return 1;
                }
                features &= ~group;
            }
            var trainPath = parse.GetValue(train)!;
            var watch = Stopwatch.StartNew();
            var sentences = Conll.ReadFile(trainPath);
            if (sentences.Count == 0 || sentences[0].Tags is null) { Console.Error.WriteLine($"rasd: {trainPath}: no tagged sentences to train on"); return 1; }
            IReadOnlyList<ConllSentence> trainSet = sentences, devSet = [];
            var devName = "";
            if (parse.GetValue(dev) is { } devPath)
            {
                devSet = Conll.ReadFile(devPath);
                if (devSet.Count > 0 && devSet[0].Tags is null) { Console.Error.WriteLine($"rasd: {devPath}: the dev file has no tags"); return 1; }
                devName = devPath;
            }
            else if (share > 0)
            {
                var held = Math.Max(1, (int)Math.Round(sentences.Count * share));
                if (held >= sentences.Count) { Console.Error.WriteLine($"rasd: {trainPath}: too few sentences to hold out a dev share"); return 1; }
                trainSet = [.. sentences.Take(sentences.Count - held)];
                devSet = [.. sentences.Skip(sentences.Count - held)];
                devName = $"the last {held} sentences of {Path.GetFileName(trainPath)}";
            }
            var options = new NerTrainingOptions { Epochs = parse.GetValue(epochs), Bits = parse.GetValue(bits), Seed = parse.GetValue(seed), Features = features, MinCount = parse.GetValue(minCount) };
            console.MarkupLineInterpolated($"training on {trainSet.Count:N0} sentences ({trainSet.Sum(s => s.Tokens.Length):N0} tokens){(devSet.Count > 0 ? $", dev: {devName} ({devSet.Count:N0} sentences)" : "")}");
            var model = new NerTrainer(options).Train(trainSet, devSet.Count > 0 ? devSet : null, epoch =>
            {
                var dev = epoch.Dev is { } d ? string.Create(CultureInfo.InvariantCulture, $"; dev P {100 * d.For(null).Precision:0.00} R {100 * d.For(null).Recall:0.00} F1 {100 * d.F1:0.00}") : "";
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch.Epoch,2}: {epoch.Mistakes:N0} of {epoch.Sentences:N0} sentences decoded wrong, {epoch.Elapsed.TotalSeconds:0.0} s{dev}"));
            }, $"trained on {Path.GetFileName(trainPath)}{(devSet.Count > 0 ? ", dev " + devName : "")}");
            var outPath = parse.GetValue(output)!;
            model.Save(outPath);
            console.WriteLine(model.Description);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model.UsedRows:N0} of {1 << model.Bits:N0} rows used; {new FileInfo(outPath).Length / 1024.0:N0} KB written to {outPath} in {watch.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> Groups() =>
        Enum.GetValues<NerFeatureSet>().Where(g => g is not (NerFeatureSet.None or NerFeatureSet.All)).Select(g => g.ToString());
}

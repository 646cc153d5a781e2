using System.IO.Compression;
using System.Text;
using Rasd.Analysis.Entities.Ner;
using Rasd.Arabic;

namespace Rasd.Tests.Analysis;

/// <summary>The statistical recognizer's parts: tags, features, the gazetteer, Viterbi, scoring, CoNLL files, training and the model file.</summary>
public class NerTests
{
    private static readonly NerFeatures Features = new(NerFeatureSet.All);
    private static readonly NerTagSet Tags = new(["PERS", "LOC"]);

    private static IReadOnlyList<ConllSentence> TrainSlice(int sentences) =>
        [.. Conll.ReadFile(TestSupport.SharedDataset("anercorp", "train.txt")).Take(sentences)];

    [Fact]
    public void Tags_are_O_then_B_and_I_of_each_type_and_an_inside_tag_only_continues_its_type()
    {
        Assert.Equal(["O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"], Tags.Names);
        Assert.Equal(["LOC", "PERS"], Tags.Types);
        int b = Tags.IndexOf("B-PERS"), i = Tags.IndexOf("I-PERS"), iLoc = Tags.IndexOf("I-LOC");
        Assert.True(Tags.Allowed(b, i) && Tags.Allowed(i, i) && Tags.Allowed(-1, b));
        Assert.False(Tags.Allowed(-1, i) || Tags.Allowed(0, i) || Tags.Allowed(b, iLoc));
        Assert.Equal(["B-PERS", "I-PERS", "O", "B-LOC", "B-PERS"], NerTagSet.Repair(["I-PERS", "I-PERS", "O", "I-LOC", "I-PERS"]));
        Assert.True(NerTagSet.IsBio("B-ORG") && NerTagSet.IsBio("O"));
        Assert.False(NerTagSet.IsBio("PERS") || NerTagSet.IsBio("B-") || NerTagSet.IsBio("X-ORG"));
    }

    [Fact]
    public void A_word_is_read_once_into_its_match_form_stem_clitics_affixes_and_shape()
    {
        var w = Features.Word("وبالقاهرة");
        Assert.Same(w, Features.Word("وبالقاهرة"));
        Assert.Equal(FeatureHash.Of("وبالقاهره"), w.Form);
        Assert.Equal(FeatureHash.Of("قاهره"), w.Stem);
        Assert.Equal(Features.Word("القاهرة").Stem, w.Stem);
        Assert.Equal(FeatureHash.Of("وبال"), w.Proclitics);
        Assert.Equal(WordKind.Arabic, w.Kind);
        Assert.Contains(FeatureHash.Feature(Template.Form, FeatureHash.Of("وبالقاهره")), w.Own);
        Assert.Contains(FeatureHash.Feature(Template.Stem, FeatureHash.Of("قاهره")), w.Own);
        Assert.Contains(FeatureHash.Feature(Template.StemPrefix2, FeatureHash.Of("قا")), w.Own);
        Assert.Contains(FeatureHash.Feature(Template.FormSuffix5, FeatureHash.Of("قاهره")), w.Own);
        Assert.Contains(FeatureHash.Feature(Template.Article, 1), w.Own);
        Assert.Contains(FeatureHash.Feature(Template.TaMarbuta, 1), w.Own);
        // The gazetteer finds القاهرة under the clitics.
        Assert.Contains(FeatureHash.Of("القاهره"), w.PhraseHeads);

        var number = Features.Word("2006");
        Assert.Equal(WordKind.Number, number.Kind);
        Assert.Contains(FeatureHash.Feature(Template.FormShape, FeatureHash.Of("0000")), number.Own);
        var latin = Features.Word("CNN");
        Assert.Equal(WordKind.Latin, latin.Kind);
        Assert.Equal(FeatureHash.Of("cnn"), latin.Form);
        Assert.Contains(FeatureHash.Feature(Template.FormShape, FeatureHash.Of("AAA")), latin.Own);
        // Punctuation glued to a token is no part of the word, but is noted.
        var glued = Features.Word("(د");
        Assert.Equal(FeatureHash.Of("د"), glued.Form);
        Assert.Contains(FeatureHash.Feature(Template.Kind, (ulong)WordKind.Arabic | 16), glued.Own);
        Assert.Equal(WordFlags.FunctionWord, Features.Word("في").Flags);
    }

    [Fact]
    public void Words_of_one_class_share_their_class_features_and_a_rare_word_falls_back_on_its_stem()
    {
        var cairo = Features.Word("القاهرة");
        Assert.Equal(cairo.Cluster, Features.Word("دمشق").Cluster);
        Assert.NotEqual(cairo.Cluster, Features.Word("قال").Cluster);
        Assert.Equal(FeatureHash.Of(WordClusters.Default.Of("القاهره")!), cairo.Cluster);
        Assert.Equal(FeatureHash.Of("none"), Features.Word("كلمهلاتوجد").Cluster);
        Assert.Contains(FeatureHash.Feature(Template.Cluster4, FeatureHash.Of(WordClusters.Default.Of("القاهره").AsSpan(0, 4))), cairo.Own);
    }

    [Fact]
    public void The_gazetteer_marks_titles_places_organizations_and_given_names_where_they_begin_lie_and_end()
    {
        var words = "وصل الرئيس إلى القاهرة ثم زار الأمم المتحدة مع محمد".Split(' ').Select(t => Features.Word(t)).ToArray();
        var (begin, inside, end) = (new GazetteerKind[words.Length], new GazetteerKind[words.Length], new GazetteerKind[words.Length]);
        NerGazetteer.Default.Mark(words, begin, inside, end);
        Assert.True(begin[1].HasFlag(GazetteerKind.Title) && end[1].HasFlag(GazetteerKind.Title));
        Assert.True(begin[3].HasFlag(GazetteerKind.Place));
        Assert.True(begin[6].HasFlag(GazetteerKind.Organization) && inside[7].HasFlag(GazetteerKind.Organization) && end[7].HasFlag(GazetteerKind.Organization));
        Assert.False(begin[7].HasFlag(GazetteerKind.Organization));
        Assert.True(begin[9].HasFlag(GazetteerKind.GivenName));
        Assert.Equal(GazetteerKind.None, inside[0] | inside[2] | inside[5]);
    }

    [Fact]
    public void A_token_is_encoded_with_its_own_features_its_neighbours_and_the_phrases_around_it()
    {
        var words = "قال الرئيس بوش أمس".Split(' ').Select(t => Features.Word(t)).ToArray();
        var encoded = new EncodedSentence();
        const int bits = 18;
        Features.Encode(words, bits, Tags.Count, encoded);
        Assert.Equal(4, encoded.Length);
        var rows = Enumerable.Range(0, 4).Select(i => encoded.Rows[encoded.Starts[i]..encoded.Starts[i + 1]].ToHashSet()).ToArray();
        int Row(Template t, ulong value) => FeatureHash.Row(FeatureHash.Feature(t, value), bits);
        Assert.Contains(Row(Template.Form, FeatureHash.Of("بوش")), rows[2]);
        Assert.Contains(Row(Template.FormBefore1, FeatureHash.Of("الرييس")), rows[2]);
        Assert.Contains(Row(Template.FormAfter2, FeatureHash.Of("</s>")), rows[2]);
        Assert.Contains(Row(Template.FormBefore2, FeatureHash.Of("<s>")), rows[0]);
        Assert.Contains(Row(Template.First, 0), rows[0]);
        Assert.Contains(Row(Template.GazetteerEndBefore, 4), rows[2]); // a title (bit 4) ends right before بوش
        Assert.Contains(Row(Template.GazetteerBegin, 0), rows[2]); // بوش: a person of names.tsv (bit 0)
        Assert.All(rows, r => Assert.Contains(Row(Template.Bias, 0), r));
        // The tag-bigram-with-word rows: one per previous tag and the start.
        var pair = FeatureHash.Feature(Template.PairWord, FeatureHash.Of("بوش"));
        Assert.Equal(FeatureHash.Row(FeatureHash.Mix(pair, 3), bits), encoded.PairRows[2 * (Tags.Count + 1) + 3]);
        Assert.True(encoded.HasPairs);
        Assert.All(encoded.Rows[..encoded.Starts[4]], r => Assert.InRange(r, 0, (1 << bits) - 1));
    }

    [Fact]
    public void A_word_reads_the_contexts_of_its_other_occurrences_within_the_window()
    {
        var features = new NerFeatures(NerFeatureSet.All, window: 2);
        var document = features.NewDocument();
        string[] sentences = ["قال نجيب محفوظ", "في الصباح", "كتب محفوظ", "و", "و", "رواية محفوظ"];
        foreach (var s in sentences) document.Add(s.Split(' ').Select(t => features.Word(t)).ToArray());
        Span<int> others = stackalloc int[NerDocument.MaxOthers];
        // «محفوظ» of sentence 2 sees sentence 0 (2 sentences away), not sentence 5 (3 away), and never itself.
        var found = document.Others(2, 1, others);
        Assert.Equal(1, found);
        Assert.Equal(2, others[0]);
        Assert.Equal(features.Word("نجيب").Form, document.Around(others[0]).Before!.Form);
        Assert.True(document.EndBefore(others[0]).HasFlag(GazetteerKind.GivenName));
        Assert.Equal(0, document.Others(1, 0, others)); // a function word is never looked up
        // Encoded with the document, the word carries its other occurrence's neighbour; without it, not.
        var encoded = new EncodedSentence();
        var row = FeatureHash.Row(FeatureHash.Feature(Template.OtherFormBefore, features.Word("نجيب").Form), 18);
        features.Encode(document.Sentence(2), 18, Tags.Count, encoded, document, 2);
        Assert.Contains(row, encoded.Rows[encoded.Starts[1]..encoded.Starts[2]]);
        features.Encode(document.Sentence(2), 18, Tags.Count, encoded);
        Assert.DoesNotContain(row, encoded.Rows[encoded.Starts[1]..encoded.Starts[2]]);
        document.Clear();
        Assert.Equal(0, document.Sentences);
    }

    [Fact]
    public void Viterbi_finds_the_best_allowed_sequence_as_trying_every_sequence_does()
    {
        var random = new Random(5);
        int t = Tags.Count, n = 5;
        var allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
            for (var c = 0; c < t; c++) allowed[p * t + c] = Tags.Allowed(p == t ? -1 : p, c);
        for (var round = 0; round < 20; round++)
        {
            float[] Random(int size) => [.. Enumerable.Range(0, size).Select(_ => (float)random.NextDouble() * 4 - 2)];
            var emissions = Random(n * t);
            var transitions = Random((t + 1) * t);
            var pairs = round % 2 == 0 ? Random(n * (t + 1) * t) : [];
            var best = new int[n];
            Viterbi.Decode(n, t, emissions, pairs, transitions, allowed, new float[n * t], new int[n * t], best);

            double Score(int[] seq)
            {
                double s = 0;
                for (var i = 0; i < n; i++)
                {
                    var prev = i == 0 ? t : seq[i - 1];
                    if (!allowed[prev * t + seq[i]]) return double.NegativeInfinity;
                    s += emissions[i * t + seq[i]] + transitions[prev * t + seq[i]] + (pairs.Length > 0 ? pairs[i * (t + 1) * t + prev * t + seq[i]] : 0);
                }
                return s;
            }
            var top = double.NegativeInfinity;
            int[]? argmax = null;
            for (var code = 0; code < Math.Pow(t, n); code++)
            {
                var seq = new int[n];
                for (int i = 0, c = code; i < n; i++, c /= t) seq[i] = c % t;
                var s = Score(seq);
                if (s > top) (top, argmax) = (s, seq);
            }
            Assert.Equal(argmax, best);
        }
    }

    [Fact]
    public void Viterbi_never_opens_an_entity_with_an_inside_tag()
    {
        int t = Tags.Count, n = 3;
        var emissions = new float[n * t];
        emissions[0 * t + Tags.IndexOf("I-PERS")] = 10; // the emissions want I-PERS first, then I-LOC after it
        emissions[1 * t + Tags.IndexOf("I-LOC")] = 10;
        var allowed = new bool[(t + 1) * t];
        for (var p = 0; p <= t; p++)
            for (var c = 0; c < t; c++) allowed[p * t + c] = Tags.Allowed(p == t ? -1 : p, c);
        var best = new int[n];
        Viterbi.Decode(n, t, emissions, [], new float[(t + 1) * t], allowed, new float[n * t], new int[n * t], best);
        for (var i = 0; i < n; i++) Assert.True(Tags.Allowed(i == 0 ? -1 : best[i - 1], best[i]), string.Join(' ', best.Select(b => Tags[b])));
    }

    [Fact]
    public void Entities_are_scored_the_conlleval_way_type_and_both_ends()
    {
        var score = new EntityScore();
        score.Add(["B-PERS", "I-PERS", "O", "B-LOC", "O", "I-ORG"], ["B-PERS", "I-PERS", "O", "B-ORG", "O", "B-ORG"]);
        score.Add(["B-PERS", "I-PERS", "I-PERS"], ["B-PERS", "I-PERS", "O"]);
        var (p, r, f1, gold, found, right) = score.For(null);
        Assert.Equal((4, 4, 2), (gold, found, right)); // the I-ORG that opens an entity counts as one, and is found
        Assert.Equal(0.5, p, 6);
        Assert.Equal(0.5, r, 6);
        Assert.Equal(0.5, f1, 6);
        Assert.Equal(1.0, score.For("ORG").Recall, 6);
        Assert.Equal(0, score.For("LOC").Recall);
        Assert.Equal(["LOC", "ORG", "PERS"], score.Types);
        Assert.Contains("overall   50.00  50.00  50.00", score.Report(), StringComparison.Ordinal);
        Assert.Equal([new TaggedEntity(0, 2, "PERS"), new TaggedEntity(2, 3, "LOC")], EntityScore.Entities(["B-PERS", "I-PERS", "I-LOC"]));
    }

    [Fact]
    public void Conll_files_are_read_with_or_without_tags_and_bad_lines_name_their_path_and_line()
    {
        var sentences = Conll.Read(new StringReader("\uFEFFفي O\nالقاهرة B-LOC\n\n\n\nقال\tO\n"), "a.txt");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["في", "القاهرة"], sentences[0].Tokens);
        Assert.Equal(["O", "B-LOC"], sentences[0].Tags!);
        Assert.Equal(6, sentences[1].Line);
        var untagged = Conll.Read(new StringReader("في\nالقاهرة\n"), "b.txt");
        Assert.Null(untagged.Single().Tags);

        void Fails(string text, string message)
        {
            var e = Assert.Throws<FormatException>(() => Conll.Read(new StringReader(text), "c.txt"));
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
        }
        Fails("في O\nالقاهرة B-LOC extra\n", "c.txt:2: expected 'token' or 'token TAG'");
        Fails("في O\nالقاهرة LOC\n", "c.txt:2: 'LOC' is not a BIO tag");
        Fails("في O\n\nالقاهرة\n", "c.txt:3: no tag after 'القاهرة'");
        Fails("في\nالقاهرة B-LOC\n", "c.txt:2: a tag where the lines before have none");
        Assert.Throws<FileNotFoundException>(() => Conll.ReadFile("/nonexistent/file.txt"));

        var written = new StringWriter();
        Conll.Write(written, ["في", "القاهرة"], ["O", "B-LOC"]);
        Assert.Equal("في\tO\nالقاهرة\tB-LOC\n\n", written.ToString());
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_reads_back_as_it_was_written()
    {
        var train = TrainSlice(240);
        var options = new NerTrainingOptions { Epochs = 2, Bits = 16 };
        var epochs = new List<NerEpoch>();
        var model = new NerTrainer(options).Train(train.Take(200).ToList(), train.Skip(200).ToList(), epochs.Add);
        Assert.Equal([1, 2], epochs.Select(e => e.Epoch));
        Assert.All(epochs, e => Assert.True(e.Dev!.F1 > 0.1, $"epoch {e.Epoch}: dev F1 {e.Dev.F1}"));
        Assert.True(epochs[1].Mistakes < epochs[0].Mistakes);
        Assert.Equal(["O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PERS", "I-PERS"], model.Tags.Names);
        Assert.Contains("200 sentences", model.Description, StringComparison.Ordinal);

        var again = new NerTrainer(options).Train(train.Take(200).ToList(), train.Skip(200).ToList());
        Assert.Equal(model.Weights, again.Weights);
        Assert.Equal(model.Transitions, again.Transitions);

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        Assert.Equal(model.Weights, loaded.Weights);
        Assert.Equal(model.Transitions, loaded.Transitions);
        Assert.Equal((model.Bits, model.Features, model.Window, model.Scale, model.Description), (loaded.Bits, loaded.Features, loaded.Window, loaded.Scale, loaded.Description));
        var sentences = train.Skip(200).Select(s => (IReadOnlyList<string>)s.Tokens).ToList();
        Assert.Equal(new NamedEntityRecognizer(model).TagDocument(sentences), new NamedEntityRecognizer(loaded).TagDocument(sentences));
    }

    [Fact]
    public void A_file_that_is_no_model_is_refused_with_its_name_and_the_reason()
    {
        void Refused(byte[] bytes, string message)
        {
            var e = Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream(bytes), "m.bin.gz"));
            Assert.Contains("m.bin.gz", e.Message, StringComparison.Ordinal);
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
        }
        static byte[] Gzip(Action<BinaryWriter> write)
        {
            using var memory = new MemoryStream();
            using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
            using (var writer = new BinaryWriter(gzip)) write(writer);
            return memory.ToArray();
        }
        Refused(Encoding.UTF8.GetBytes("token O\n"), "not a Rasd named-entity model");
        Refused(Gzip(w => w.Write("RASDBG2".ToCharArray())), "not a Rasd named-entity model");
        Refused(Gzip(w => { w.Write("RASDNER".ToCharArray()); w.Write(99); }), "format 99");
        Refused(Gzip(w => { w.Write("RASDNER".ToCharArray()); w.Write(NerModel.FormatVersion); w.Write(20); }), "damaged");
        Assert.Throws<FileNotFoundException>(() => NerModel.Load("/nonexistent/ner.bin.gz"));
    }

    [Fact]
    public void Tagging_an_analyzed_text_gives_each_token_its_tag_sentence_by_sentence()
    {
        var recognizer = NamedEntityRecognizer.Default;
        var doc = TestSupport.Analyze("وصل الرئيس الفرنسي جاك شيراك إلى القاهرة أمس. وقال شيراك إن الزيارة ناجحة.");
        var tags = new int[doc.Tokens.Count];
        recognizer.TagDocument(doc.Raw, doc.Tokens, doc.Sentences, tags);
        var byToken = doc.Tokens.Select((t, i) => (t.Raw.SliceString(doc.Raw), recognizer.Tags[tags[i]])).ToList();
        Assert.Contains(("جاك", "B-PERS"), byToken);
        Assert.Contains(("شيراك", "I-PERS"), byToken);
        Assert.Contains(("القاهرة", "B-LOC"), byToken);
        // The same words as plain token lists, sentence by sentence: the same tags.
        var sentences = doc.Sentences.Select(s => (IReadOnlyList<string>)[.. doc.Tokens.Skip(s.FirstToken).Take(s.EndToken - s.FirstToken).Select(t => t.Raw.SliceString(doc.Raw))]).ToList();
        Assert.Equal(byToken.Select(x => x.Item2), recognizer.TagDocument(sentences).SelectMany(s => s));
    }

    /// <summary>
    /// The committed model on ANERcorp's test set, read as <c>rasd ner</c> reads it: 74.13 F1 when it was
    /// trained (<c>rasd train-ner --train ../shared/datasets/anercorp/train.txt --dev-share 0 --epochs 8</c>).
    /// </summary>
    [Fact]
    public void The_committed_model_keeps_its_F1_on_the_ANERcorp_test_set()
    {
        var test = Conll.ReadFile(TestSupport.SharedDataset("anercorp", "test.txt"));
        var tagged = NamedEntityRecognizer.Default.TagDocument([.. test.Select(s => (IReadOnlyList<string>)s.Tokens)]);
        var score = new EntityScore();
        for (var i = 0; i < test.Count; i++) score.Add(test[i].Tags!, tagged[i]);
        Assert.True(score.F1 >= 0.7313, score.Report());
        Assert.True(score.For("LOC").F1 >= 0.85 && score.For("PERS").F1 >= 0.73, score.Report());
    }
}

using Rasd.Analysis.Entities.Ner;
using Rasd.Arabic;
using Rasd.Core.Model;
using Rasd.Core.Pipeline;
using Rasd.Core.Text;

namespace Rasd.Analysis.Entities;

/// <summary>
/// Finds names: every alias of the knowledge base, unknown people named after a title
/// («العقيد عادل عبد الكافي»), and — with a statistical recognizer — the other people,
/// organizations and places it tags. A title before a name, with the gentilics and organizations
/// that qualify it («وزير الدفاع الروسي»، «المتحدث باسم الكرملين»), becomes the mention's role;
/// a qualified office written alone («قال وزير الدفاع الروسي») is a mention of whoever held it.
/// Rules go first: the recognizer adds only names they did not find, and lets a bare office
/// word introduce a name it tags as a person.
/// </summary>
public sealed class MentionRecognizer(KnowledgeBase kb, NamedEntityRecognizer? recognizer = null)
{
    private const int MaxUnknownNameTokens = 3;
    private const int MaxModelNameTokens = 6;
    private const string Article = "ال";

    public IReadOnlyList<Mention> Recognize(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var tagged = recognizer is null ? null : ModelNames(doc);
        var mentions = new List<Mention>();
        var ranked = new Dictionary<string, string>(StringComparer.Ordinal); // a rank → the person last named with it
        var offices = new Dictionary<string, string>(StringComparer.Ordinal); // an office → the person last named with it
        (int End, string Office)? lastInOffice = null; // the last person named with an office: «نظيره» after it holds the same office
        var officeBySurname = new Dictionary<string, string>(StringComparer.Ordinal); // «خميس الجهيناوي» named with his office: «الجهيناوي» again holds it
        IReadOnlyList<string>? fields = null; // the text's fields, read when a name of a field is first met
        for (var i = 0; i < tokens.Count;)
        {
            if (QuotedNameOfAThing(tokens, i) is { } past) { i = past; continue; }
            var office = lastInOffice is { } held && i - held.End <= CounterpartReachTokens ? held.Office : null;
            var mention = Hyphenated(doc, TitledName(doc, i, tagged, offices, office) ?? KnownName(doc, i, i, null, "") ?? FieldName(doc, i, ref fields)
                ?? RankAlone(doc, i, ranked) ?? ModelName(doc, i, tagged));
            // «جدة الرئيس سارة أوباما»: a place spelled as a word of kinship, bare and in construct with a title, is the kin («جدة» the
            // grandmother); after a preposition it is the place («وصل إلى جدة الرئيس الفرنسي»).
            if (mention is { Type: EntityType.GPE or EntityType.LOC, Proclitics.Length: 0 } place && place.EndToken == i + 1 && kb.Kinship.Match(tokens, i) is not null
                && (i == 0 || !kb.FunctionWords.Contains(tokens[i - 1].Form)) && kb.Titles.Match(tokens, place.EndToken) is { Value: "office" or "honorific" }) mention = null;
            if (mention is { RoleOnly: true } && mentions.Count > 0 && IsApposition(tokens, mentions[^1], mention) && kb.Titles.Match(tokens, mention.PhraseFirstToken) is not { Value: "counterpart" })
                mention = mention with { Key = mentions[^1].Key, RoleOnly = false }; // «ديمتري بيسكوف، المتحدث باسم الكرملين»
            if (mention is not null)
            {
                mentions.Add(mention);
                if (mention.Type == EntityType.PER && !mention.RoleOnly && mention.PhraseFirstToken < mention.FirstToken && kb.Titles.Match(tokens, mention.PhraseFirstToken) is { Value: "rank" } rank)
                    ranked[RankKey(tokens, rank)] = mention.Key;
                if (mention.Type == EntityType.PER && !mention.RoleOnly) RememberOffices(tokens, mention, offices);
                if (mention is { Type: EntityType.PER, Role: { } role })
                {
                    lastInOffice = (mention.EndToken, role.Office);
                    if (!mention.RoleOnly) officeBySurname[WithoutProclitics(tokens[mention.EndToken - 1]).Form] = role.Office;
                }
                else if (mention.Type == EntityType.PER && officeBySurname.TryGetValue(WithoutProclitics(tokens[mention.EndToken - 1]).Form, out var again))
                    lastInOffice = (mention.EndToken, again);
                i = mention.EndToken;
            }
            else i++;
        }
        return InTheTextsField(doc, NamesAgain(doc, mentions));
    }

    /// <summary>
    /// «كيم يونغ-تشول»، «ري سون-غوون»: a name the text does not know goes on past a hyphen written with no space around it,
    /// which the tokenizer reads as a word of its own.
    /// </summary>
    private static Mention? Hyphenated(AnalyzedDocument doc, Mention? m)
    {
        if (m is not { Type: EntityType.PER, RoleOnly: false } || m.Key.StartsWith(Mention.KnowledgeBasePrefix, StringComparison.Ordinal)) return m;
        var tokens = doc.Tokens;
        var end = m.EndToken;
        while (end + 1 < tokens.Count && tokens[end].Form == "-" && tokens[end].Raw.Start == tokens[end - 1].Raw.End
            && tokens[end + 1].Raw.Start == tokens[end].Raw.End && tokens[end + 1].Kind == TokenKind.Word) end += 2;
        if (end == m.EndToken) return m;
        var raw = new TextSpan(m.Raw.Start, tokens[end - 1].Raw.End);
        return m with { Raw = raw, Text = raw.SliceString(doc.Raw), Key = m.Key + string.Concat(tokens.Skip(m.EndToken).Take(end - m.EndToken).Select(t => t.Form)), EndToken = end };
    }

    private const int MaxQuotedNameTokens = 4;

    /// <summary>
    /// A rank that opens a quoted name names a thing, not a person: the ship «"الأميرال كوزنيتسوف"». Where the token after
    /// the closing quote is, or null.
    /// </summary>
    private int? QuotedNameOfAThing(IReadOnlyList<Token> tokens, int at)
    {
        if (at == 0 || tokens[at - 1].Form is not ("\"" or "«") || kb.Titles.Match(tokens, at) is not { Value: "rank" } rank) return null;
        for (var j = rank.End; j < tokens.Count && j <= rank.End + MaxQuotedNameTokens; j++)
            if (tokens[j].Form is "\"" or "»") return j + 1;
        return null;
    }

    /// <summary>
    /// «الاتحاد الأوروبي» in a football report is UEFA: a known name that an entity of the text's field
    /// shares stands for that entity (domain-entities.tsv), the field told by its words (domains.tsv).
    /// </summary>
    private List<Mention> InTheTextsField(AnalyzedDocument doc, List<Mention> mentions)
    {
        if (kb.InDomain.Count == 0 || !mentions.Any(m => kb.FindByKey(m.Key) is { } e && kb.InDomain.Keys.Any(k => k.Id == e.Id))) return mentions;
        var fields = kb.FieldsOf(doc.Tokens);
        if (fields.Count == 0) return mentions;
        for (var k = 0; k < mentions.Count; k++)
            if (kb.FindByKey(mentions[k].Key) is { } known
                && fields.Select(f => kb.InDomain.GetValueOrDefault((known.Id, f))).FirstOrDefault(id => id is not null) is { } instead && kb.Find(instead) is { } other)
                mentions[k] = mentions[k] with { Key = other.Key };
        return mentions;
    }

    /// <summary>
    /// A person named in full once is named by one word later («عادل الجبير» … «الجبير»، «كيم جونغ أون» … «كيم»):
    /// the last word of a full name, or the first when it is no given name, found again where no name was read
    /// is that person — unless two people of the text share it or it is a common word.
    /// </summary>
    private const string With = "مع";

    private List<Mention> NamesAgain(AnalyzedDocument doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        var owner = new Dictionary<string, string?>(StringComparer.Ordinal);
        // A surname that is also a common word («مشار»: «المشار إليه») is the person only where a person stands: after «مع».
        var ownerAfterWith = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Claim(string word, string key)
        {
            if (word.Length < 3 || word == God || kb.FunctionWords.Contains(word) || kb.NameParticles.Contains(word)) return;
            var owners = IsCommonWord(word) ? ownerAfterWith : owner;
            owners[word] = owners.TryGetValue(word, out var had) && had != key ? null : key; // shared by two people: no one's
        }
        // An office in apposition («جروس المدير الفني للفريق») names the person but is no name: its last word is no surname.
        foreach (var m in mentions.Where(m => m is { Type: EntityType.PER, RoleOnly: false } && m.EndToken - m.FirstToken >= 2 && m.Text != m.Title))
        {
            Claim(WithoutProclitics(tokens[m.EndToken - 1]).Form, m.Key);
            if (!kb.GivenNames.Contains(tokens[m.FirstToken].Form)) Claim(WithoutProclitics(tokens[m.FirstToken]).Form, m.Key);
        }
        if (owner.Count == 0 && ownerAfterWith.Count == 0) return mentions;
        // A one-word name read on its own («قال الجبير», the recognizer's) is the person named in full.
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Type: EntityType.PER, RoleOnly: false } m && m.EndToken - m.FirstToken == 1
                && owner.TryGetValue(WithoutProclitics(tokens[m.FirstToken]).Form, out var full) && full is not null)
                mentions[k] = m with { Key = full };
        var covered = new bool[tokens.Count];
        foreach (var m in mentions)
            for (var i = m.PhraseFirstToken; i < m.EndToken; i++) covered[i] = true;
        var found = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || tokens[i].Kind != TokenKind.Word) continue;
            var (form, cut, proclitics) = WithoutProclitics(tokens[i]);
            if (!(owner.TryGetValue(form, out var key) || i > 0 && tokens[i - 1].Form == With && proclitics.Length == 0 && ownerAfterWith.TryGetValue(form, out key))
                || key is null || tokens[i].Enclitic.Length > 0) continue;
            // «كيم جونغ» written again: the word must stand alone, not open another name.
            if (i + 1 < tokens.Count && !covered[i + 1] && owner.ContainsKey(WithoutProclitics(tokens[i + 1]).Form)) continue;
            var raw = Cut(doc, i, i + 1, cut);
            found.Add(new Mention(raw, raw.SliceString(doc.Raw), EntityType.PER, key, i, i + 1) { PhraseFirstToken = i, Proclitics = proclitics });
        }
        return found.Count == 0 ? mentions : [.. mentions.Concat(found).OrderBy(m => m.FirstToken)];
    }

    /// <summary>
    /// The offices a person is named with, before the name or in apposition right after it («محمد بن سلمان
    /// ولي ولي العهد»): the same office written alone later in the text («اجتمع سمو ولي ولي العهد») is that person.
    /// </summary>
    private void RememberOffices(IReadOnlyList<Token> tokens, Mention person, Dictionary<string, string> offices)
    {
        // «راشد الغنوشي رئيس حركة النهضة»: an office of something the title does not name says nothing of «الرئيس» later.
        // «وزير خارجية روسيا» after «وزير الخارجية الجبير» does not take «وزير الخارجية» alone from the one the text gave it first.
        var qualified = person.Role is { Country: not null } or { Organization: not null };
        if (person.Role is { Office: var office } && (qualified || person.PhraseFirstToken < person.FirstToken && IsDefinite(tokens[person.FirstToken - 1]))
            && !(qualified && offices.ContainsKey(office)))
            offices[office] = person.Key;
        // «السيسي بولي العهد»: a title with a preposition or «و» on it is someone else's.
        if (kb.Titles.Match(tokens, person.EndToken) is { Value: "office", Proclitics.Length: 0 } after && IsDefinite(tokens[after.End - 1]))
            offices[OfficeWords(tokens, after)] = person.Key;
    }

    /// <summary>
    /// An office right after a person's name, or after it and a comma, is that person's — unless «و» joins it
    /// («الشيخ محمد بن راشد، وولي عهد أبوظبي»: another person) or a preposition stands on it («التقت اللومي بكاتبة الدولة»: whom she met).
    /// </summary>
    private static bool IsApposition(IReadOnlyList<Token> tokens, Mention person, Mention office)
    {
        if (person.Type != EntityType.PER || person.RoleOnly || office.Proclitics.Any(c => c is 'و' or 'ب' or 'ل' or 'ك' or 'ف')) return false;
        for (var i = person.EndToken; i < office.PhraseFirstToken; i++)
            if (tokens[i].Form is not ("," or "،" or "\"" or "”" or "“" or "'" or "»" or "«")) return false;
        return true;
    }

    /// <summary>The recognizer's names as (type, end) at each token where one begins; the whole text is read at once.</summary>
    private (EntityType Type, int End)?[] ModelNames(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var tags = new int[tokens.Count];
        recognizer!.TagDocument(doc.Raw, tokens, doc.Sentences, tags);
        var set = recognizer.Tags;
        var names = new (EntityType, int)?[tokens.Count];
        for (var i = 0; i < tokens.Count;)
        {
            if (tags[i] == 0 || set.IsInside(tags[i]) || TypeOf(set.TypeOf(tags[i])) is not { } type) { i++; continue; }
            var end = i + 1;
            while (end < tokens.Count && set.IsInside(tags[end]) && set.TypeOf(tags[end]) == set.TypeOf(tags[i])) end++;
            names[i] = (type, end);
            i = end;
        }
        return names;
    }

    // MISC (nationalities, events, works) is left out: it names no participant or place.
    private static EntityType? TypeOf(string nerType) => nerType switch
    {
        "PERS" or "PER" => EntityType.PER,
        "ORG" => EntityType.ORG,
        "LOC" or "GPE" => EntityType.LOC,
        _ => null,
    };

    /// <summary>A name the recognizer tagged at <paramref name="at"/> that no rule found, keyed by its words without the clitics before it.</summary>
    private Mention? ModelName(AnalyzedDocument doc, int at, (EntityType Type, int End)?[]? tagged)
    {
        if (tagged?[at] is not { } name || doc.Tokens[at].Kind != TokenKind.Word) return null; // Latin text is not what it was trained on
        var tokens = doc.Tokens;
        if (IsInsideTitle(tokens, at)) return null; // «العهد» of «ولي ولي العهد» is no one's name
        var start = at;
        // What the recognizer let into a name before it: «بأن»، «السيد»، a common noun before a person («زيارة»), or one with a
        // preposition before anything («لزيارة المملكة»; «جامعة ليفربول» keeps its «جامعة»).
        while (start < name.End)
        {
            // A title the span opens with is skipped whole: «العهد» of «ولي ولي العهد» is no one's name.
            if (kb.Titles.Match(tokens, start) is { } title) start = Math.Max(start + 1, title.End);
            else if (IsFunctionWord(tokens[start]) || start + 1 < name.End && (LeadsIn(tokens[start], name.Type) || IsNoNameStart(tokens[start]))) start++;
            else break;
        }
        if (start >= name.End || WithoutProclitics(tokens[start]).Form == God) return null; // «بإذن الله تعالى»: God is no person of the news
        var end = start;
        while (end < name.End && end - start < MaxModelNameTokens && tokens[end].Kind is TokenKind.Word or TokenKind.Latin && kb.Aliases.Match(tokens, end) is null) end++;
        // …and after it: «ولي» of «ولي العهد», a clitic left alone («لـ»), a title («جامعة الملك عبدالعزيز») — but an honorific
        // that no name follows is a family name («محمد السيد إن»).
        while (end > start && (IsFunctionWord(tokens[end - 1]) && !IsMadda(doc, end - 1) || IsTrailingParticle(doc, end - 1) || tokens[end - 1].Form.Length < 2
            || end - start > 1 && kb.Titles.Match(tokens, end - 1) is { } title && !(title.Value == "honorific" && NoNameAfter(tokens, end)))) end--;
        if (end == start || end - start == 1 && (tokens[start].Form.Length < 3 || kb.Gentilics.Match(tokens, start) is not null))
            return null;
        var (first, cut, proclitics) = WithoutProclitics(tokens[start]);
        if (end - start == 1 && IsCommonWord(first)) return null;
        // «وصف لقاءه بالإيجابي والبناء»: an adjective after a preposition is how, not who.
        if (proclitics.Length > 0 && first.StartsWith(Article, StringComparison.Ordinal) && IsNisbaAdjective(tokens[start] with { Form = first })) return null;
        var raw = Cut(doc, start, end, cut);
        var key = $"{name.Type.ToString().ToLowerInvariant()}:{string.Join(' ', tokens.Skip(start + 1).Take(end - start - 1).Select(t => t.Form).Prepend(first))}";
        return new Mention(raw, raw.SliceString(doc.Raw), name.Type, key, start, end) { PhraseFirstToken = start, Proclitics = proclitics, Source = Mention.ModelSource };
    }

    private bool NoNameAfter(IReadOnlyList<Token> tokens, int i) => i >= tokens.Count || tokens[i].Kind != TokenKind.Word || IsFunctionWord(tokens[i]);

    // «الأمير تركي بن سعود»: a word that reads as a gentilic is a given name when «بن» follows.
    private bool IsGivenNameBeforeLineage(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Word && !tokens[i].Form.StartsWith(Article, StringComparison.Ordinal)
        && kb.Gentilics.Match(tokens, i) is not null && kb.LineageParticles.Contains(tokens[i + 1].Form);

    private const int MaxOfficeComplementWords = 3;

    /// <summary>
    /// What the office is of: one to three words ending definite, right before a given name; the earlier ones definite too
    /// («السياحة»، «الشؤون الاجتماعية»), then also right before a gentilic that qualifies the office («وزير التجارة الصيني»),
    /// or nouns in construct («محافظ وادي الدواسر أحمد»، «رئيس بلدية محافظة الخرج»): where they end.
    /// </summary>
    private int? OfficeComplement(IReadOnlyList<Token> tokens, int at)
    {
        var construct = false;
        for (var end = at; end < Math.Min(tokens.Count, at + MaxOfficeComplementWords); end++)
        {
            // «وكيل الإمارة الدكتور سعد»: a title after a definite word ends the complement; after a noun in construct
            // it names an institution («رئيس مدينة الملك عبدالله»).
            if (end > at && kb.Titles.Match(tokens, end) is { } title) return construct || !IsDefinite(tokens[end - 1]) || title.Proclitics.Any(c => c is 'و' or 'ب') ? null : end;
            if (tokens[end].Kind != TokenKind.Word || kb.Aliases.Match(tokens, end) is not null || kb.Gentilics.Match(tokens, end) is not null) return null;
            if (!tokens[end].Form.StartsWith(Article, StringComparison.Ordinal))
            {
                // A noun in construct: bare, and no word that could open the name or start another title or clause.
                if (tokens[end].Proclitics.Count > 0 || kb.GivenNames.Contains(tokens[end].Form) || kb.FunctionWords.Contains(tokens[end].Form)) return null;
                construct = true;
                continue;
            }
            // A gentilic after a construct («منسق شئون الطاقة الأمريكي») may qualify any word of it: only a given name ends it there.
            if (end + 1 < tokens.Count && (kb.GivenNames.Contains(tokens[end + 1].Form) || !construct && kb.Gentilics.Match(tokens, end + 1) is not null)) return end + 1;
        }
        return null;
    }

    private static bool IsDefinite(Token token) =>
        token.Proclitics.Contains(Article) || token.Form.StartsWith(Article, StringComparison.Ordinal) || token.Form.StartsWith("لل", StringComparison.Ordinal)
        || token.Form.Length > 3 && token.Form[0] is 'و' or 'ف' or 'ب' && token.Form.AsSpan(1).StartsWith(Article, StringComparison.Ordinal);

    /// <summary>A particle a name cannot end with («محمد بن»); «آبي» with its madda is a name (Shinzo Abe), not «أبي».</summary>
    private bool IsTrailingParticle(AnalyzedDocument doc, int i) =>
        kb.NameParticles.Contains(doc.Tokens[i].Form) && !(IsMadda(doc, i) && !kb.LineageParticles.Contains(doc.Tokens[i].Form)); // «آل» is a particle

    private static bool IsMadda(AnalyzedDocument doc, int i) => doc.Tokens[i].Raw.Slice(doc.Raw) is [ 'آ', .. ];

    private const int LongestTitleTokens = 4;

    /// <summary>A title begun a few tokens back runs over token <paramref name="i"/>.</summary>
    private bool IsInsideTitle(IReadOnlyList<Token> tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - LongestTitleTokens); j--)
            if (kb.Titles.Match(tokens, j) is { End: var end } && end > i) return true;
        return false;
    }

    // «الله» opens no name; «عبد الله» has it second.
    private static readonly string God = ArabicNormalizer.Normalize("الله");

    // «حينها جيريليمو آمور»، «بالخرطوم أسامة شلتوت»: a word with a pronoun on it, or a preposition and the article, opens no name.
    private static bool IsNoNameStart(Token token) => token.Enclitic.Length > 0 || IsPrepositionWithArticle(token);

    // «بالخرطوم»، «للعاصمة»: a place phrase, never a word of a personal name.
    private static bool IsPrepositionWithArticle(Token token) => token.Proclitics.Contains(Article) && token.Proclitics.Any(p => p is "ب" or "ل");

    // «تركي بن سعود بن محمد آل سعود»: a name does not stop on a particle of lineage when a name word follows.
    private int PastLineageParticle(AnalyzedDocument doc, int at, int end) =>
        end > at && end < doc.Tokens.Count && kb.LineageParticles.Contains(doc.Tokens[end - 1].Form) && IsNameWord(doc, end) ? end + 1 : end;

    private static bool LeadsIn(Token token, EntityType type)
    {
        var form = WithoutProclitics(token).Form;
        return IsCommonWord(form) && (type == EntityType.PER || form != token.Form || form.Length > 3 && form[0] is 'ل' or 'ب' && IsCommonNoun(form[1..]));
    }

    private bool IsFunctionWord(Token token) => kb.FunctionWords.Contains(token.Form) || kb.FunctionWords.Contains(token.Stem);

    // Also read past one clitic letter the segmenter kept on («بلقاء»).
    private static bool IsCommonWord(string word) =>
        IsCommonNoun(word) || word.Length > 3 && word[0] is 'و' or 'ب' or 'ل' or 'ف' or 'ك' && IsCommonNoun(word[1..]);

    // A word that takes the article this often beside its bare count is a common noun («لقاء»: «اللقاء»; «روس»: «الروس»), not a name.
    private const double ArticleShareOfNoun = 0.2;
    private const int MinCountForNoun = 20;

    private static bool IsCommonNoun(string word)
    {
        if (word.StartsWith(Article, StringComparison.Ordinal)) return false;
        var bare = CliticSegmenter.Default.CountOf(word);
        return bare >= MinCountForNoun && CliticSegmenter.Default.CountOf(Article + word) >= ArticleShareOfNoun * bare;
    }

    /// <summary>A name's first word without the conjunction and preposition glued to it; the article stays (it is part of «الجيش الوطني»).</summary>
    private static (string Form, int Cut, string Proclitics) WithoutProclitics(Token token)
    {
        var outer = token.Proclitics.Where(p => p != Article).ToArray();
        if (outer.Length == 0) return (token.Form, 0, "");
        var hasArticle = outer.Length < token.Proclitics.Count;
        var stemAt = token.Form.Length - token.Stem.Length - token.Enclitic.Length;
        if (stemAt <= 0 || stemAt > token.Form.Length) return (token.Form, 0, "");
        if (!hasArticle) return (token.Form[stemAt..], stemAt, string.Concat(outer));
        // «للجيش»: the preposition ل swallows the article's alif; the name is «الجيش», and its span keeps the whole word.
        var articleAt = stemAt - Article.Length;
        return articleAt >= 0 && token.Form.AsSpan(articleAt).StartsWith(Article, StringComparison.Ordinal)
            ? (token.Form[articleAt..], articleAt, string.Concat(outer))
            : (Article + token.Form[stemAt..], 0, string.Concat(outer));
    }

    private Mention? KnownName(AnalyzedDocument doc, int at, int phraseFirst, TextSpan? title, string phraseProclitics)
    {
        if (kb.Aliases.Match(doc.Tokens, at) is not { } m || kb.NotNames.Match(doc.Tokens, at) is not null) return null; // «مسقط رأسه»
        var raw = Cut(doc, m.First, m.End, m.CutAt);
        return new Mention(raw, raw.SliceString(doc.Raw), m.Value.Type, m.Value.Key, m.First, m.End)
        {
            Title = title?.SliceString(doc.Raw),
            TitleRaw = title,
            PhraseFirstToken = phraseFirst,
            Proclitics = phraseFirst == at ? m.Proclitics : phraseProclitics,
        };
    }

    /// <summary>«سيول» in news of Korea: a name that stands for an entity only in a text of its field (field-names.tsv).</summary>
    private Mention? FieldName(AnalyzedDocument doc, int at, ref IReadOnlyList<string>? fields)
    {
        if (kb.FieldNames.Match(doc.Tokens, at) is not { } m || !(fields ??= kb.FieldsOf(doc.Tokens)).Contains(m.Value.Domain)) return null;
        var raw = Cut(doc, m.First, m.End, m.CutAt);
        return new Mention(raw, raw.SliceString(doc.Raw), m.Value.Entity.Type, m.Value.Entity.Key, m.First, m.End) { PhraseFirstToken = at, Proclitics = m.Proclitics };
    }

    /// <summary>
    /// A rank written alone where a name would stand («زار اللواء المتقاعد موسكو») is the person the
    /// text last named with that rank («اللواء الليبي المتقاعد خليفة حفتر»); none before, no mention.
    /// </summary>
    private Mention? RankAlone(AnalyzedDocument doc, int at, Dictionary<string, string> ranked)
    {
        var tokens = doc.Tokens;
        if (kb.Titles.Match(tokens, at) is not { Value: "rank" } rank || !ranked.TryGetValue(RankKey(tokens, rank), out var key)) return null;
        var end = rank.End;
        while (end < tokens.Count && (kb.Titles.Match(tokens, end) is { Value: "qualifier" } || kb.Gentilics.Match(tokens, end) is not null)) end++;
        var raw = Cut(doc, at, end, rank.CutAt);
        return new Mention(raw, raw.SliceString(doc.Raw), EntityType.PER, key, at, end) { Title = raw.SliceString(doc.Raw), TitleRaw = raw, PhraseFirstToken = at, Proclitics = rank.Proclitics };
    }

    // The rank's first word: «اللواء المتقاعد» later is the «اللواء» of before.
    private static string RankKey(IReadOnlyList<Token> tokens, PhraseMatch<string> rank) => tokens[rank.First].Form[rank.CutAt..];

    private const int CounterpartReachTokens = 30;

    /// <summary>
    /// «الملك سلمان»: a title that the knowledge base writes as part of a person's name opens that name — unless a
    /// name as long starts after the title («الملك سلمان بن عبدالعزيز» is the title and the name «سلمان بن عبدالعزيز»).
    /// </summary>
    private bool OpensKnownName(IReadOnlyList<Token> tokens, int at, PhraseMatch<string> title) =>
        kb.Aliases.Match(tokens, at) is { Value.Type: EntityType.PER } name && name.End > title.End
        && !(kb.Aliases.Match(tokens, title.End) is { } after && after.End >= name.End);

    /// <param name="counterpartOffice">The office of the person named just before: a counterpart («نظيره البلجيكي») holds it too.</param>
    private Mention? TitledName(AnalyzedDocument doc, int at, (EntityType Type, int End)?[]? tagged, Dictionary<string, string> offices, string? counterpartOffice)
    {
        var tokens = doc.Tokens;
        if (kb.Titles.Match(tokens, at) is not { } first || first.Value == "qualifier" || OpensKnownName(tokens, at, first)) return null;
        // «جدة الرئيس سارة أوباما»: after a word of kinship the office is a relative's, not that of a name the text does not know after it.
        var relative = at > 0 && kb.Kinship.Match(tokens, at - 1) is { } kin && kin.End == at && !tokens[at - 1].Proclitics.Contains(Article);
        // «د.»، «م.» are a doctor's and an engineer's, not the «م.» of a year («2017م.»).
        if (at > 0 && tokens[at - 1].Kind == TokenKind.Number && tokens[first.End - 1].Form == ".") return null;
        // A role may chain titles and qualifiers: «نائب وزير الدفاع الروسي، الفريق أول يونس بك يفكيروف».
        // A title joined by «و» starts another person's role: «وزير الدفاع الروسي وأمين مجلس الأمن نيكولاي باتروشيف».
        var end = first.End;
        var roleEnd = end;
        var qualified = IsRank(first.Value); // what stands right before the name sets it off from the title
        var role = new RoleReading(first.Value switch { "office" => OfficeWords(tokens, first), "counterpart" => counterpartOffice, _ => null });
        var sent = IsSent(tokens, first); // «المبعوث الأممي إلى ليبيا»
        var lastIsOffice = first.Value == "office"; // «معالي وزير الصحة»: what an office is of may follow it after an honorific too
        while (end < tokens.Count)
        {
            // A family name looks like an adjective of relation («الرئيس الباجي قائد السبسي»): where the recognizer reads a person, the role ends.
            if (end > first.End - 1 && tagged?[end] is { Type: EntityType.PER } && kb.Gentilics.Match(tokens, end) is null && kb.Titles.Match(tokens, end) is null) break;
            if (kb.Titles.Match(tokens, end) is { Value: "qualifier" } q) { end = roleEnd = q.End; qualified = true; }
            // «التقى الوزير بنظيره»: a title with «و» or «ب» on it starts another person's role («النائب الثاني لرئيس مجلس الوزراء» is one).
            else if (kb.Titles.Match(tokens, end) is { } more && !more.Proclitics.Any(c => c is 'و' or 'ب') && !OpensKnownName(tokens, end, more))
            {
                // «التقى وزير الخارجية الروسي نظيره الكوري»، «دعا وزير الخارجية الروسي الزعيم الكوري»: a counterpart, or a definite
                // office after a role of a country or a body, is the next person's.
                if (more.Value == "counterpart" || more.Value == "office" && role.IsOfAnything && IsDefinite(tokens[more.First]) && IsDefinite(tokens[more.First - 1])) break;
                // «المبعوث الشخصي للرئيس فلاديمير بوتين»: a title behind «لل» is the office of the one served, the name after it his
                // («النائب الثاني لرئيس مجلس الوزراء», in construct, is one office).
                if (more.Value == "office" && tokens[more.First].Form.StartsWith("لل", StringComparison.Ordinal)) break;
                if (more.Value == "office") role.More(OfficeWords(tokens, more), adjacent: more.First == roleEnd);
                sent |= IsSent(tokens, more);
                lastIsOffice = more.Value == "office";
                end = roleEnd = more.End;
                qualified = IsRank(more.Value);
            }
            else if (kb.Gentilics.Match(tokens, end) is { } g && !IsGivenNameBeforeLineage(tokens, end)) { role.Of(country: g.Value); end = roleEnd = g.End; qualified = true; }
            else if (IsNisbaAdjective(tokens[end]) && end == roleEnd) { end = roleEnd = end + 1; qualified = true; }
            else if (kb.Aliases.Match(tokens, end) is { Value.Type: EntityType.ORG } org) { role.Of(organization: org.Value.Id); end = roleEnd = org.End; qualified = true; }
            // «سفير الصين»، «وزير خارجية جمهورية كوريا»: a country in construct with the office word is the office's.
            else if (end == roleEnd && !role.IsOfAnything && !IsDefinite(tokens[end - 1]) && kb.Aliases.Match(tokens, end) is { Value.Type: EntityType.GPE, Proclitics.Length: 0 } country)
            { role.Of(country: country.Value.Id); end = roleEnd = country.End; qualified = true; }
            else if (tokens[end].Form is "," or "\"" or "'" or "(" or ")") { end++; qualified = true; }
            // «السفير الروسي في ليبيا»; a counterpart holds no office of a place («استقبل نظيره الروسي في القاهرة»: where they met).
            else if (first.Value != "counterpart" && PlaceOfOffice(tokens, end, sent) is { } place) { end = roleEnd = place; qualified = true; }
            // «وزيرة السياحة سلمى اللومي»، «وزير التجارة الصيني»: what the office is of, when a given name or a gentilic follows.
            else if (lastIsOffice && end == roleEnd && OfficeComplement(tokens, end) is { } complementEnd) { end = roleEnd = complementEnd; qualified = true; }
            // «كاتبة الدولة للسياحة الإسبانية»: what the office is for, with «لل», stays in the role; a name or a gentilic must follow.
            else if (lastIsOffice && end == roleEnd && end + 1 < tokens.Count && tokens[end].Form.StartsWith("لل", StringComparison.Ordinal) && kb.Aliases.Match(tokens, end) is null
                && (kb.Gentilics.Match(tokens, end + 1) is not null || kb.GivenNames.Contains(tokens[end + 1].Form))) end = roleEnd = end + 1;
            else break;
        }
        var titleRaw = Cut(doc, first.First, roleEnd, first.CutAt);
        var roleName = role.Name;
        var knownNext = KnownName(doc, end, at, titleRaw, first.Proclitics);
        // «زوجة الرئيس الأمريكي دونالد ترامب»: a known person after the title holds it, the relative was named before.
        if (knownNext is { Type: EntityType.PER }) return knownNext with { Role = roleName };
        // «زيارتي ولي العهد للندن»: a known place or body after the title is no one's name; the title may still stand alone.
        var counterpart = first.Value == "counterpart";
        if (knownNext is not null) return OfficeAlone(doc, at, roleEnd, titleRaw, first.Proclitics, roleName, offices, counterpart);
        // An unknown name is trusted after a rank («العقيد عادل عبد الكافي»), or after an office set
        // off by a qualifier or punctuation («الرئيس الفلسطيني محمود عباس»), not right after a bare
        // office word, which is as often followed by a common noun («قائد قوات الشرق») — unless the
        // recognizer reads a person there.
        var modelPerson = end < tokens.Count && tagged?[end] is { Type: EntityType.PER };
        var honorific = first.Value is "honorific" or "counterpart" && end == first.End; // the honorific right before the name («نظيره ماكرون»)
        if ((qualified || modelPerson) && UnknownPerson(doc, at, end, titleRaw, first.Proclitics, modelPerson ? tagged![end]!.Value.End : null, honorific) is { } person)
            return Holding(person, roleName, relative);
        return OfficeAlone(doc, at, roleEnd, titleRaw, first.Proclitics, roleName, offices, counterpart);
    }

    /// <summary>The person named after a title, holding its office — or, a relative of its holder, holding none.</summary>
    private static Mention Holding(Mention person, RoleName? role, bool relative) =>
        relative ? person with { Title = null, TitleRaw = null, Role = null } : person with { Role = role };

    private Mention? OfficeAlone(AnalyzedDocument doc, int at, int roleEnd, TextSpan titleRaw, string proclitics, RoleName? roleName, Dictionary<string, string> offices, bool counterpart)
    {
        // A qualified office with no name after it is a mention of whoever held it («أعلن وزير الدفاع الروسي»); so is a
        // counterpart, who is never the one whose office he holds too («واستقبل مون نظيره الشمالي»).
        if (roleName is { Organization: not null } or { Country: not null } || counterpart && roleName is not null) return RoleAlone(doc, at, roleEnd, titleRaw, proclitics, roleName);
        // An office with nothing to say whose it is, that the text gave someone before, is that someone.
        // «رئيس حزب القوات» is an office of something the title does not name: only a title that ends definite stands alone.
        return roleName is not null && IsDefinite(doc.Tokens[roleEnd - 1]) && offices.TryGetValue(roleName.Office, out var holder)
            ? RoleAlone(doc, at, roleEnd, titleRaw, proclitics, roleName) with { Key = holder, RoleOnly = false }
            : null;
    }

    // Token forms are in match form: «لدى» is «لدي», «إلى» is «الي».
    private static readonly HashSet<string> OfficePlaceWords = [.. new[] { "في", "لدى" }.Select(ArabicNormalizer.Normalize)];
    private static readonly string To = ArabicNormalizer.Normalize("إلى");

    /// <summary>
    /// Where «في ليبيا»، «لدى مصر» after an office ends, or «إلى ليبيا» after an envoy's (<paramref name="sent"/>): the place the
    /// office is for; null when none stands there. «زيارة ولي العهد إلى بريطانيا»: elsewhere «إلى» is where someone goes.
    /// </summary>
    private int? PlaceOfOffice(IReadOnlyList<Token> tokens, int at, bool sent)
    {
        var held = at + 1 < tokens.Count && OfficePlaceWords.Contains(tokens[at].Form);
        if (!held && !(at + 1 < tokens.Count && sent && tokens[at].Form == To)) return null;
        if (kb.Aliases.Match(tokens, at + 1) is { Proclitics.Length: 0 } place
            && (place.Value.Type is EntityType.GPE or EntityType.LOC || place.Value.Type == EntityType.ORG && tokens[at].Form == AtBody)) return place.End;
        // «السفير الأسترالي لدى المملكة الدكتور رالف بيتر كينج»: a place no gazetteer lists, one definite word, before a rank or an honorific.
        return held && at + 2 < tokens.Count && IsDefinite(tokens[at + 1]) && kb.Titles.Match(tokens, at + 2) is { Value: "rank" or "honorific", Proclitics.Length: 0 } ? at + 2 : null;
    }

    // «سفيرة أميركا لدى الأمم المتحدة»: an office held at a body is written with «لدى».
    private static readonly string AtBody = ArabicNormalizer.Normalize("لدى");

    private bool IsSent(IReadOnlyList<Token> tokens, PhraseMatch<string> title) => kb.IsSentTitle(MatchForm(tokens, title));

    /// <summary>A title match's words in match form, the clitics before the first cut off («والوزير» → «الوزير»).</summary>
    private static string MatchForm(IReadOnlyList<Token> tokens, PhraseMatch<string> match) =>
        string.Join(' ', tokens.Skip(match.First).Take(match.End - match.First).Select((t, i) => i == 0 ? t.Form[match.CutAt..] : t.Form));

    /// <summary>The office words of a title match as titles.tsv writes them, the article and clitics off («والوزير» → «وزير»).</summary>
    private string OfficeWords(IReadOnlyList<Token> tokens, PhraseMatch<string> match)
    {
        var written = kb.TitleForm(MatchForm(tokens, match));
        if (written.StartsWith(Article, StringComparison.Ordinal) && written.Length > Article.Length + 1) written = written[Article.Length..];
        // «وزير خارجية السعودية» holds the office of «وزير الخارجية السعودي»: an office in construct is the listed office
        // with the article on its last word, when titles.tsv lists that form («متحدث باسم» has none).
        var last = written.LastIndexOf(' ');
        return last > 0 && written[..(last + 1)] + Article + written[(last + 1)..] is var definite && kb.IsTitle(definite) ? definite : written;
    }

    /// <summary>The office of a title chain as it is read: office words, then what they are of.</summary>
    private sealed class RoleReading(string? office)
    {
        private string? _office = office;
        private string? _organization, _country;

        // «نائب» + «وزير الدفاع» is one office; an office after a rank or a comma replaces none before it.
        public void More(string office, bool adjacent)
        {
            if (_office is null) _office = office;
            else if (adjacent && _organization is null && _country is null) _office += " " + office;
        }

        public void Of(string? country = null, string? organization = null)
        {
            _country ??= country;
            _organization ??= organization;
        }

        public RoleName? Name => _office is null ? null : new RoleName(_office, _organization, _country);

        /// <summary>A country or a body the office is of has been read.</summary>
        public bool IsOfAnything => _country is not null || _organization is not null;
    }

    private static Mention RoleAlone(AnalyzedDocument doc, int at, int end, TextSpan title, string proclitics, RoleName role)
    {
        var text = title.SliceString(doc.Raw);
        // Keyed by document: the same office named in two texts may be two people, resolved by each text's date.
        return new Mention(title, text, EntityType.PER, $"{RolePrefix}{doc.Document.Id}:{role.Key}", at, end)
        {
            Title = text, TitleRaw = title, PhraseFirstToken = at, Proclitics = proclitics, Role = role, RoleOnly = true,
        };
    }

    /// <summary>The key prefix of an office written without its holder.</summary>
    public const string RolePrefix = "role:";

    private static bool IsRank(string kind) => kind is "rank" or "honorific" or "counterpart";

    private Mention? UnknownPerson(AnalyzedDocument doc, int phraseFirst, int at, TextSpan title, string proclitics, int? modelEnd = null, bool honorific = false)
    {
        var tokens = doc.Tokens;
        if (modelEnd is { } tagged) return ModelPerson(doc, phraseFirst, at, tagged, title, proclitics);
        var end = at;
        // A personal name does not open with the article («اللاعب الرئيسي» is a description), nor with a preposition
        // glued on, which would stand on the title («مبادرة الرئيس الصيني لإعادة إحياء»).
        // «آلان بيرسيه» opens with a madda, not the article; after a queen's honorific «اليزابيث» is no word with the article.
        // «مدير الاستخبارات المركزية الأمريكية والمرشح لتولي»: nor with «و» and the article — unless it is a given name written
        // with it («رئيس الوزراء التونسي الحبيب الصيد»).
        if (at < tokens.Count && ((tokens[at].Form.StartsWith("ال", StringComparison.Ordinal) || tokens[at].Proclitics is ["و", Article]) && !IsMadda(doc, at) && !(honorific && IsForeignName(tokens[at].Form))
            && !(tokens[at].Proclitics is [Article] && kb.GivenNames.Contains(tokens[at].Form))
            || tokens[at].Proclitics.Any(p => p is "ب" or "ل" or "ك" or "س"))) return null; // nor with the future's «س» («الرئيس الصيني سيزور»)
        // Nor with a word carrying a pronoun: «القائد الكوري الشمالي شقيقته ضمن الوفد» names his sister, not her.
        if (at < tokens.Count && tokens[at].Enclitic.Length > 0) return null;
        // Nor, the recognizer reading no person there, with two common words, the first no given name: «الفريق الإنجليزي مباراة ودية»،
        // «نظيره الإثيوبي عقد الأعمال» — unless the family name is the first word with the article («رئيس النادي مريح المريح»).
        if (at + 1 < tokens.Count && IsCommonNoun(tokens[at].Form) && !kb.GivenNames.Contains(tokens[at].Form) && IsCommonWordWithArticle(tokens[at + 1])
            && tokens[at + 1].Form != Article + tokens[at].Form) return null;
        // Nor with a common noun in the sound feminine plural: «والرئيس الأميركي محادثات هاتفية» names no one.
        if (at < tokens.Count && tokens[at].Form.EndsWith("ات", StringComparison.Ordinal) && IsCommonNoun(tokens[at].Form)) return null;
        var particles = 0;
        // A particle of lineage brings the name after it along: «ضيف الله بن سطام الحويفي».
        int Room() => MaxUnknownNameTokens + 2 * particles;
        // After a particle of lineage a title word is a family name: «إسماعيل ولد الشيخ»، «عبدالعزيز آل الشيخ».
        while (end < tokens.Count && end - at < Room()
            && (IsNameWord(doc, end) || end > at && kb.NameParticles.Contains(tokens[end - 1].Form) && tokens[end].Kind == TokenKind.Word && !IsFunctionWord(tokens[end])
                || end == at && IsGivenNameBeforeLineage(tokens, end)))
            if (kb.NameParticles.Contains(tokens[end++].Form)) particles++;
        end = PastLineageParticle(doc, at, end);
        // A third word counts only when the name visibly ends after it (punctuation or the text's end), or when it is
        // a rare word, no verb's, before a function word («الجنرال قمر جاويد باجوا في روالبندي»).
        if (end - at == Room() && end < tokens.Count && tokens[end].Kind is not (TokenKind.Punctuation or TokenKind.Symbol)
            && !(IsFunctionWord(tokens[end]) && IsRareSurname(tokens[end - 1])) && !(particles > 0 && IsFamilyName(tokens[end - 1]))) end--;
        // Even there, a common noun with the article is what follows the name («الأستاذ مونس الضوي المباراة.»), not a family name.
        else if (end - at == Room() && particles == 0 && tokens[end - 1].Proclitics is [Article] && !IsFamilyName(tokens[end - 1])) end--;
        while (end > at && IsTrailingParticle(doc, end - 1)) end--; // «محمد بن» is not a whole name
        // One word is a name after a king's or a prince's honorific («الملكة اليزابيث»، «الشيخ منصور»), not after another title.
        if (end - at < 2 && !(end - at == 1 && honorific && tokens[at].Proclitics.All(p => p == Article) && !IsCommonWord(tokens[at].Form))) return null;
        var raw = doc.RawSpan(at, end);
        var key = "per:" + string.Join(' ', tokens.Skip(at).Take(end - at).Select(t => t.Form));
        return new Mention(raw, raw.SliceString(doc.Raw), EntityType.PER, key, at, end)
        {
            Title = title.SliceString(doc.Raw),
            TitleRaw = title,
            PhraseFirstToken = phraseFirst,
            Proclitics = proclitics,
        };
    }

    private static bool IsCommonWordWithArticle(Token token) =>
        token.Kind == TokenKind.Word && (IsCommonWord(token.Form) || token.Proclitics is [Article] && IsCommonWord(token.Form[Article.Length..]));

    // «الحويفي» after a particle of lineage: a family name with the article, no common noun («فيصل بن سلمان الوفد» is not one).
    private static bool IsFamilyName(Token token) =>
        token.Proclitics is ["ال"] && token.Enclitic.Length == 0 && token.Form.Length > 4 && !IsCommonWord(token.Form[Article.Length..]);

    // A word the corpus seldom writes, with no clitic, that opens with no prefix of a verb's present tense («يصل»، «تزور»، «نبحث») nor «و».
    private const int MaxSurnameCount = 200;

    private static bool IsRareSurname(Token token) =>
        token.Proclitics.Count == 0 && token.Enclitic.Length == 0 && token.Form is [not ('ي' or 'ت' or 'ن' or 'و'), ..] && CliticSegmenter.Default.CountOf(token.Form) < MaxSurnameCount;

    // «اليزابيث»: a word that opens as with the article but that the language never writes without it («يزابيث»).
    private static bool IsForeignName(string form) =>
        form.Length > 5 && CliticSegmenter.Default.CountOf(form.AsSpan(Article.Length)) == 0;

    /// <summary>A person the recognizer tagged right after a title: its span, trimmed of words that cannot end a name.</summary>
    private Mention? ModelPerson(AnalyzedDocument doc, int phraseFirst, int at, int taggedEnd, TextSpan title, string proclitics)
    {
        var tokens = doc.Tokens;
        var end = at;
        // Inside the recognizer's span a title word may be part of the name («الباجي قائد السبسي»).
        while (end < taggedEnd && end - at < MaxModelNameTokens && (end == at ? IsNameWord(doc, end)
            : tokens[end].Kind == TokenKind.Word && !IsFunctionWord(tokens[end]) && !tokens[end].Form.StartsWith("لل", StringComparison.Ordinal) && !IsInTime(doc, end)
                && !IsPlaceWithPreposition(tokens, end))) end++; // «عبدالعزيز للعلوم»: a preposition ends the name
        end = PastLineageParticle(doc, at, end);
        // «محمد بن سلمان بن عبدالعزيز ولي ولي العهد»: a last word that opens a title running on past the name is that title's.
        while (end > at && (IsTrailingParticle(doc, end - 1) || end - at > 1 && kb.Titles.Match(tokens, end - 1) is { End: var te } && te > end)) end--;
        if (end == at) return null;
        var raw = doc.RawSpan(at, end);
        var key = "per:" + string.Join(' ', tokens.Skip(at).Take(end - at).Select(t => t.Form));
        return new Mention(raw, raw.SliceString(doc.Raw), EntityType.PER, key, at, end)
        {
            Title = title.SliceString(doc.Raw), TitleRaw = title, PhraseFirstToken = phraseFirst, Proclitics = proclitics, Source = Mention.ModelSource,
        };
    }

    // «مستشفى الملك سعود بعنيزة»: a known place behind «ب» or «ل» is where, not more of the name.
    private bool IsPlaceWithPreposition(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Proclitics.Any(p => p is "ب" or "ل") && kb.Aliases.Match(tokens, i) is { Value.Type: EntityType.GPE or EntityType.LOC };

    private bool IsNameWord(AnalyzedDocument doc, int i) =>
        doc.Tokens[i] is var token && token.Kind == TokenKind.Word && token.Form.Length >= 2
        && !token.Raw.Slice(doc.Raw).Contains('\u064B') // tanwin fath marks an adverb or a circumstantial word (قائلاً), not a name
        && !token.Form.StartsWith("لل", StringComparison.Ordinal) // preposition fused with the article: «لليمن»
        && !IsPrepositionWithArticle(token)
        && !token.Proclitics.Contains("س") // the future's prefix is on a verb: «اليزابيث ستزور البلاد»
        && !IsInTime(doc, i) // «الرئيس النيجيري محمد بخاري الثلاثاء»: a time ends the name
        && !(token.Proclitics.Any(p => p != Article) && IsCommonWord(WithoutProclitics(token).Form)) // «لزيارة»
        && !(token.Proclitics.Any(p => p != Article) && WithoutProclitics(token).Form is var bare && IsNisbaAdjective(token with { Form = bare })) // «بالإيجابي»: how, not who
        && !(token.Form.Length > 4 && token.Form[^1] == 'ا' && IsCommonNoun(token.Form[..^1])) // the accusative of a common noun: «اجتماعا»
        && !kb.FunctionWords.Contains(token.Form)
        && kb.Titles.Match(doc.Tokens, i) is null && kb.Gentilics.Match(doc.Tokens, i) is null && kb.Aliases.Match(doc.Tokens, i) is null;

    // Time expressions come in text order: the last one opening at or before the token is the only one that may hold it.
    private static bool IsInTime(AnalyzedDocument doc, int i)
    {
        var times = doc.TimeExpressions;
        int lo = 0, hi = times.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (times[mid].FirstToken <= i) lo = mid + 1; else hi = mid;
        }
        return lo > 0 && i < times[lo - 1].EndToken;
    }

    // «الوطني»، «العسكري»: a definite adjective of relation qualifies the title before it.
    private static bool IsNisbaAdjective(Token token) =>
        token.Kind == TokenKind.Word && token.Form.Length >= 5 && token.Form.StartsWith("ال", StringComparison.Ordinal)
        && (token.Form.EndsWith('ي') || token.Form.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>The raw span of tokens <c>[first, end)</c>, cut <paramref name="cutAt"/> match-form characters into the first.</summary>
    private static TextSpan Cut(AnalyzedDocument doc, int first, int end, int cutAt)
    {
        var start = doc.Tokens[first].Span.Start + cutAt;
        return new TextSpan(doc.RequireNormalized().ToRaw(new TextSpan(start, start + 1)).Start, doc.Tokens[end - 1].Raw.End);
    }
}

using Rasd.Arabic;

namespace Rasd.Tests.Arabic;

public class SentenceSplitterTests
{
    private static string[] Sentences(string raw)
    {
        var n = ArabicNormalizer.ToMatchForm(raw);
        var tokens = Tokenizer.Tokenize(n);
        return [.. SentenceSplitter.Split(n, tokens).Select(s => s.Raw.SliceString(raw))];
    }

    [Fact]
    public void Splits_at_full_stops_and_question_marks() =>
        Assert.Equal(["وصل حفتر.", "هل التقى بوتين؟", "لا."], Sentences("وصل حفتر. هل التقى بوتين؟ لا."));

    [Fact]
    public void A_headline_without_a_full_stop_ends_at_its_line() =>
        Assert.Equal(["زيارة حفتر إلى موسكو", "الاثنين 2025/05/12", "وصل حفتر."], Sentences("زيارة حفتر إلى موسكو\nالاثنين 2025/05/12\nوصل حفتر."));

    [Fact]
    public void Abbreviations_and_decimals_do_not_end_a_sentence() =>
        Assert.Equal(["قال د. أحمد إن النمو بلغ 3.5 في المئة."], Sentences("قال د. أحمد إن النمو بلغ 3.5 في المئة."));

    [Fact]
    public void A_closing_quote_stays_with_its_sentence() =>
        Assert.Equal(["قال: \"لن يلتقي بوتين بحفتر.\"", "وأضاف."], Sentences("قال: \"لن يلتقي بوتين بحفتر.\" وأضاف."));
}

public class WrappedLineTests
{
    private static string[] Sentences(string raw)
    {
        var n = ArabicNormalizer.ToMatchForm(raw);
        return [.. SentenceSplitter.Split(n, Tokenizer.Tokenize(n)).Select(s => s.Raw.SliceString(raw))];
    }

    [Fact]
    public void A_long_line_wrapped_onto_the_next_is_one_sentence_but_a_headline_is_not()
    {
        const string text = "حفتر يبحث مع بوتين ووزير دفاعه عن شراكة عسكرية معلنة ومصير الفاغنر\nايجاز\n" +
            "وصل اللواء الليبي المتقاعد خليفة حفتر العاصمة الروسية موسكو أمس الأحد لإجراء مباحثات\nمع المسؤولين الروس على الصعيدين العسكري والسياسي.\n\nفقرة جديدة.";
        Assert.Equal([
            "حفتر يبحث مع بوتين ووزير دفاعه عن شراكة عسكرية معلنة ومصير الفاغنر",
            "ايجاز",
            "وصل اللواء الليبي المتقاعد خليفة حفتر العاصمة الروسية موسكو أمس الأحد لإجراء مباحثات\nمع المسؤولين الروس على الصعيدين العسكري والسياسي.",
            "فقرة جديدة.",
        ], Sentences(text));
    }

    [Fact]
    public void In_a_text_written_in_paragraphs_a_line_break_ends_a_sentence_no_full_stop_ended()
    {
        // A digest: most lines end in a full stop, so the item that does not is no line wrapped onto the next.
        const string text = "قال الشيخ تميم بن حمد، أمير قطر، إن بلاده تقف إلى جانب تركيا في أزمتها الاقتصادية الراهنة.\n" +
            "اتهم رئيس السلطة الفلسطينية محمود عباس، الأربعاء، حركة حماس بأنها ليس لديها النية لإجراء المصالحة\n" +
            "أعلنت السلطات القطرية والتركية، الأربعاء، أن أمير قطر قرر دعم الاقتصاد التركي خلال زيارته إلى أنقرة.\n" +
            "وأرسلت مصر مساعدات إنسانية عاجلة إلى الخرطوم جراء السيول والأمطار الغزيرة.\n" +
            "وبينت وزارة الداخلية السعودية أن إطلاق النار سببه ملاحقة شخص.";
        var sentences = Sentences(text);
        Assert.Equal(5, sentences.Length);
        Assert.StartsWith("أعلنت السلطات", sentences[2], StringComparison.Ordinal);
    }
}

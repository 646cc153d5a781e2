using Rasd.Core.Model;

namespace Rasd.Tests.Analysis;

public class MentionTests
{
    private static IReadOnlyList<Mention> Mentions(string text) => TestSupport.Analyze(text).Mentions;

    [Fact]
    public void Known_names_are_found_in_every_spelling_without_their_clitics()
    {
        const string text = "لن يلتقي بوتين بخليفة حفتر ولا بشويجو، وقال الفاغنر لموسكو.";
        var m = Mentions(text);
        Assert.Equal(["بوتين", "خليفة حفتر", "شويجو", "الفاغنر", "موسكو"], m.Select(x => x.Text));
        Assert.Equal(["kb:vladimir-putin", "kb:khalifa-haftar", "kb:sergei-shoigu", "kb:wagner-group", "kb:moscow"], m.Select(x => x.Key));
        Assert.All(m, x => Assert.Equal(x.Text, x.Raw.SliceString(text)));
    }

    [Fact]
    public void A_title_before_a_name_becomes_its_role()
    {
        var m = Mentions("التقى وزير الدفاع الروسي سيرغي شويغو والمتحدث باسم الكرملين ديمتري بيسكوف.");
        Assert.Equal(["وزير الدفاع الروسي", "المتحدث باسم الكرملين"], m.Where(x => x.Type == EntityType.PER).Select(x => x.Title));
    }

    [Fact]
    public void A_chain_of_titles_and_a_comma_still_reach_the_name()
    {
        var m = Assert.Single(Mentions("كان في استقباله نائب وزير الدفاع الروسي، الفريق أول يونس بك يفكيروف"));
        Assert.Equal("kb:yunus-bek-yevkurov", m.Key);
        Assert.StartsWith("نائب وزير الدفاع الروسي", m.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_person_after_a_rank_is_a_mention()
    {
        var m = Assert.Single(Mentions("قال العقيد عادل عبد الكافي، في تصريح"));
        Assert.Equal(("عادل عبد الكافي", EntityType.PER, "العقيد"), (m.Text, m.Type, m.Title));
    }

    [Theory]
    [InlineData("التقى قائد الجيش الجنرال قمر جاويد باجوا في روالبندي", "قمر جاويد باجوا")] // a rare third word before a preposition
    [InlineData("وقائد البحرية الأميرال ظفر محمود عباسي في إسلام آباد", "ظفر محمود عباسي")]
    [InlineData("وقال الرئيس محمد مرسي يقوم في", "محمد مرسي")] // a verb's present tense is no surname
    [InlineData("وقال اللواء أحمد مسماري الخميس إن", "أحمد مسماري")]
    public void A_third_name_word_counts_where_the_name_plainly_ends(string text, string name) =>
        Assert.Contains(Mentions(text), m => m.Type == EntityType.PER && m.Text == name);

    [Fact]
    public void A_known_place_behind_a_preposition_ends_the_name_before_it()
    {
        var mentions = Mentions("قام وفد من النادي بزيارة لمستشفى الملك سعود بعنيزة.");
        Assert.Contains(mentions, m => m.Type == EntityType.GPE && m.Key == "kb:unaizah");
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.PER && m.Text.Contains("عنيزة", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_in_construct_with_a_country_leads_into_the_name() =>
        Assert.Contains(Mentions("والتقى رئيس وزراء باكستان محمد نواز شريف."), m => m.Text == "محمد نواز شريف" && m.Role?.Country == "pakistan");

    [Fact]
    public void An_office_with_a_preposition_on_it_right_after_a_name_is_someone_else() =>
        Assert.Contains(Mentions("وقد التقت الوزيرة سلمى اللومي بكاتبة الدولة للسياحة الاسبانية."), m => m.RoleOnly && m.Role?.Country == "spain" && !m.Key.Contains("اللومي", StringComparison.Ordinal));

    [Fact]
    public void A_news_agency_is_known_behind_the_preposition_it_is_told_to()
    {
        var m = Assert.Single(Mentions("وكان الرئيس أوباما قد قال لبي بي سي قبل توجهه إلى كينيا"), x => x.Type == EntityType.ORG);
        Assert.Equal(("بي بي سي", "kb:bbc"), (m.Text, m.Key));
    }

    [Fact]
    public void An_office_held_in_a_place_no_gazetteer_lists_runs_on_to_the_honorific_and_the_name()
    {
        var m = Assert.Single(Mentions("زار السفير الأسترالي لدى المملكة الدكتور رالف بيتر كينج، الشركة"), x => x.Type == EntityType.PER);
        Assert.Equal(("رالف بيتر كينج", "السفير الأسترالي لدى المملكة الدكتور", "australia"), (m.Text, m.Title, m.Role?.Country));
    }

    [Theory]
    [InlineData("التقى وزير الخارجية الروسي نظيره الكوري الشمالي، ري يونغ هو، الخميس", "نظيره الكوري الشمالي")]
    [InlineData("كما دعا وزير الخارجية الروسي الزعيم الكوري الشمالي إلى زيارة روسيا", "الزعيم الكوري الشمالي")]
    public void A_counterpart_or_a_second_definite_office_after_a_countrys_office_is_another_person(string text, string second)
    {
        var people = Mentions(text).Where(x => x.Type == EntityType.PER).ToList();
        Assert.Equal(2, people.Count);
        Assert.Equal("وزير الخارجية الروسي", people[0].Title);
        Assert.StartsWith(second, people[1].Title ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_in_construct_with_a_definite_office_after_a_country_is_one_role() =>
        Assert.Contains(Mentions("مع ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الشيخ محمد بن زايد"),
            x => x.Type == EntityType.PER && (x.Title ?? "").Contains("نائب القائد الأعلى", StringComparison.Ordinal));

    [Fact]
    public void The_last_word_of_an_office_in_apposition_is_no_surname() =>
        Assert.DoesNotContain(Mentions("أقام السويسري كريستيان جروس المدير الفني للفريق الأول حفل عشاء. وواصل الفريق تمارينه أمس."),
            m => m.Text == "الفريق");

    [Fact]
    public void An_office_held_at_a_body_runs_on_to_the_name()
    {
        var m = Assert.Single(Mentions("وقالت السفيرة الأمريكية لدى الأمم المتحدة نيكي هايلي إن"), x => x.Type == EntityType.PER);
        Assert.Equal(("نيكي هايلي", "السفيرة الأمريكية لدى الأمم المتحدة"), (m.Text, m.Title));
    }

    [Fact]
    public void International_bodies_are_known_by_their_arabic_names() =>
        Assert.Equal(["kb:european-central-bank", "kb:european-commission", "kb:imf"],
            Mentions("وكان ممثلو البنك المركزي الأوروبي والمفوضية الأوروبية وصندوق النقد الدولي قد وصلوا.").Select(m => m.Key));

    [Theory]
    [InlineData("قام نائب مدير عام الجوازات اللواء ضيف الله بن سطام الحويفي بزيارة تفقدية", "ضيف الله بن سطام الحويفي")]
    [InlineData("استقبل الأمير فيصل بن سلمان الوفد في المدينة", "فيصل بن سلمان")] // a common noun with the article is no family name
    public void A_particle_of_lineage_brings_the_name_after_it_along(string text, string name) =>
        Assert.Contains(Mentions(text), m => m.Type == EntityType.PER && m.Text == name);

    [Fact]
    public void An_abbreviated_honorific_leads_into_the_name_but_the_mark_of_a_year_does_not()
    {
        var m = Assert.Single(Mentions("وذكر العقيد د. عاطي القرشي الناطق الإعلامي"), x => x.Type == EntityType.PER);
        Assert.Equal(("عاطي القرشي", "العقيد د."), (m.Text, m.Title));
        Assert.DoesNotContain(Mentions("في العام 2013م. وأكد التقرير ارتفاع الأسعار"), x => x.Type == EntityType.PER);
    }

    [Fact]
    public void A_name_goes_on_after_a_joining_particle()
    {
        var m = Assert.Single(Mentions("التقى ولي العهد السعودي، وزير الدفاع الأمير محمد بن سلمان في جدة"), x => x.Type == EntityType.PER);
        Assert.Equal("محمد بن سلمان", m.Text);
    }

    [Theory]
    [InlineData("وصل قائد قوات الشرق الليبي")]
    [InlineData("بنائب رئيس الوزراء ووزير خارجية دولة الكويت")]
    [InlineData("لا تعتبر قائد الجيش الوطني الليبي اللاعب الرئيسي")]
    public void Common_words_after_a_title_are_not_names(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Key.StartsWith("per:", StringComparison.Ordinal));

    [Fact]
    public void An_adverb_after_a_name_is_not_part_of_it() =>
        Assert.DoesNotContain(Mentions("يؤكد الخبير سيمينوف قائلاً، إن"), m => m.Text.Contains("قائلاً", StringComparison.Ordinal));

    [Fact]
    public void The_recognizer_adds_names_the_rules_do_not_know_keyed_without_their_clitics()
    {
        const string text = "وقال رئيس البعثة الدولية جان كلود يونكر في بروكسل إن الاتحاد سيدعم وزارة الصحة.";
        var m = Mentions(text).Where(x => x.Source == Mention.ModelSource).ToList();
        Assert.Contains(m, x => x.Type == EntityType.PER && x.Text == "جان كلود يونكر");
        Assert.Contains(Mentions(text), x => x.Text == "بروكسل" && x.Key == "kb:brussels"); // a capital the knowledge base lists
        Assert.All(m, x => Assert.Equal(x.Text, x.Raw.SliceString(text)));
    }

    [Fact]
    public void A_common_noun_the_recognizer_tags_alone_is_no_name() =>
        Assert.DoesNotContain(Mentions("واكتفى الطرفان بلقاء قصير في المطار."), m => m.Text.Contains("لقاء", StringComparison.Ordinal));

    [Fact]
    public void A_qualified_office_written_alone_is_a_mention_of_its_holder_with_the_office_read()
    {
        var m = Assert.Single(Mentions("وأعلن وزير الدفاع الروسي أن المحادثات كانت مثمرة."));
        Assert.True(m.RoleOnly);
        Assert.Equal(("وزير الدفاع الروسي", EntityType.PER), (m.Text, m.Type));
        Assert.Equal(new RoleName("وزير الدفاع", null, "russia"), m.Role);
        Assert.StartsWith("role:", m.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_office_alone_is_no_mention() =>
        Assert.Empty(Mentions("وقال الوزير إن المحادثات كانت مثمرة."));

    [Fact]
    public void An_office_of_an_organization_names_it()
    {
        var m = Assert.Single(Mentions("قال المتحدث باسم الكرملين ديمتري بيسكوف"));
        Assert.Equal(new RoleName("متحدث باسم", "kremlin", null), m.Role);
        Assert.False(m.RoleOnly);
    }

    [Fact]
    public void An_office_in_construct_is_the_office_it_names_with_the_article()
    {
        // «وزير خارجية السعودية» and «وزير الخارجية السعودي» are one office, and go to one holder.
        var m = Mentions("أشارت المصادر إلى أن وزير خارجية السعودية سيزور موسكو").Single(x => x.Type == EntityType.PER);
        Assert.Equal(new RoleName("وزير الخارجية", null, "saudi-arabia"), m.Role);
    }

    [Fact]
    public void A_title_joined_by_and_belongs_to_another_person()
    {
        var m = Mentions("بحث مع وزير الدفاع الروسي وأمين مجلس الأمن الروسي نيكولاي باتروشيف الأزمة");
        Assert.Equal(2, m.Count);
        Assert.True(m[0].RoleOnly);
        Assert.Equal("وزير الدفاع الروسي", m[0].Text);
        Assert.Equal(("kb:nikolai-patrushev", "أمين مجلس الأمن الروسي"), (m[1].Key, m[1].Title));
    }

    [Fact]
    public void An_office_in_apposition_after_a_name_is_that_persons()
    {
        var m = Mentions("كما قال ديمتري بيسكوف، المتحدث باسم الكرملين، للصحفيين");
        Assert.Equal(2, m.Count);
        Assert.All(m, x => Assert.Equal("kb:dmitry-peskov", x.Key));
        Assert.False(m[1].RoleOnly);
        Assert.Equal("kremlin", m[1].Role?.Organization);
    }

    [Fact]
    public void A_counterpart_holds_the_office_of_the_person_named_before_for_the_country_after_it()
    {
        var m = Mentions("التقى وزير الخارجية سامح شكري نظيره البلجيكي ديدييه رايندرز. وزار وزير الخارجية البلجيكي القاهرة.");
        Assert.Equal(new RoleName("وزير الخارجية", null, "belgium"), m.Single(x => x.Text == "ديدييه رايندرز").Role);
        // Without a name it is a mention of whoever held that office, not of the one named before it, nor of a place after it.
        var alone = Mentions("استقبل الرئيس عبد الفتاح السيسي نظيره الفرنسي في القاهرة.");
        var counterpart = Assert.Single(alone, x => x.RoleOnly);
        Assert.Equal(("نظيره الفرنسي", new RoleName("رئيس", null, "france")), (counterpart.Text, counterpart.Role));
        Assert.Contains(alone, x => x.Key == "kb:cairo");
    }

    [Fact]
    public void A_name_goes_on_past_a_hyphen_written_without_spaces()
    {
        var m = Mentions("والتقى بومبيو الجنرال كيم يونغ-تشول في بيونغ يانغ، وقال إن المحادثات - وهي الثانية - كانت جيدة.");
        Assert.Contains(m, x => x is { Text: "كيم يونغ-تشول", Type: EntityType.PER });
        Assert.DoesNotContain(m, x => x.Text.Contains('-', StringComparison.Ordinal) && x.Text != "كيم يونغ-تشول");
    }

    [Fact]
    public void A_counterpart_holds_the_office_of_one_named_with_it_before_and_named_again_by_surname()
    {
        // «وزير الشؤون الخارجية» is Tunisia's name of «وزير الخارجية»; «خميس» is his given name, «الخميس» a weekday.
        var m = Mentions("جدد وزير الشؤون الخارجية خميس الجهيناوي يوم الخميس دعوة بريطانيا إلى مراجعة تحذير السفر الموجه إلى مواطنيها الراغبين في زيارة تونس باعتبارها تعد حاليا بفضل التنسيق الأمني على نفس درجة الأمان لأكبر العواصم الأوروبية. ودعا الجهيناوي نظيره البريطاني بوريس جونسون إلى دعم الاستثمارات.");
        var minister = m.First(x => x.Type == EntityType.PER);
        Assert.Equal(("خميس الجهيناوي", "وزير الخارجية"), (minister.Text, minister.Role?.Office));
        Assert.DoesNotContain(m, x => x.Text.Contains("الخميس", StringComparison.Ordinal));
        Assert.Equal(new RoleName("وزير الخارجية", null, "united-kingdom"), m.Single(x => x.Text == "بوريس جونسون").Role);
    }

    [Fact]
    public void A_title_the_knowledge_base_writes_in_a_name_opens_it_unless_a_name_as_long_follows()
    {
        Assert.Equal(("kb:salman-of-saudi-arabia", "الملك سلمان"), Mentions("وبحث الملك سلمان مع الرئيس اليمني الأوضاع.").Select(m => (m.Key, m.Text)).First());
        var full = Mentions("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز ضيوفه.").First();
        Assert.Equal(("kb:salman-of-saudi-arabia", "سلمان بن عبدالعزيز", "خادم الحرمين الشريفين الملك"), (full.Key, full.Text, full.Title));
    }

    [Fact]
    public void An_office_joined_by_and_after_a_name_is_another_persons()
    {
        var m = Mentions("سيبحث الرئيس مع الشيخ محمد بن راشد، وولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، محمد بن زايد، العلاقات.");
        Assert.DoesNotContain(m, x => x.Key == "kb:mohammed-bin-rashid" && x.Text.StartsWith("ولي", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_in_construct_with_an_office_word_is_the_offices() =>
        Assert.Equal(new RoleName("سفير", null, "china"), Assert.Single(Mentions("استقبل الأمير اليوم سفير الصين لدى المملكة.")).Role);

    [Fact]
    public void What_an_office_is_of_may_follow_it_after_an_honorific()
    {
        var m = Assert.Single(Mentions("قال معالي وزير الصحة خالد الفالح إن المستشفيات جاهزة."));
        Assert.Equal(("خالد الفالح", "معالي وزير الصحة"), (m.Text, m.Title));
    }

    [Fact]
    public void An_office_alone_is_the_one_the_text_gave_it_first_not_a_foreign_holder_named_since()
    {
        var m = Mentions("التقى وزير الخارجية الأستاذ عادل الجبير في موسكو وزير خارجية روسيا سيرجي لافروف. ووصف وزير الخارجية اللقاء بالإيجابي.");
        Assert.Equal(m[0].Key, m.Last().Key);
    }

    [Theory]
    [InlineData("استقبل محافظ وادي الدواسر أحمد بن دخيل المنيفي الوفد.", "محافظ وادي الدواسر", "أحمد بن دخيل المنيفي")] // nouns in construct
    [InlineData("وأكد وكيل الإمارة الدكتور سعد بن مقرن المقرن أن العمل مستمر.", "وكيل الإمارة الدكتور", "سعد بن مقرن المقرن")] // a title ends it
    public void What_an_office_is_of_may_be_nouns_in_construct_before_the_name(string text, string title, string name)
    {
        var m = Assert.Single(Mentions(text), x => x.Type == EntityType.PER);
        Assert.Equal((name, title), (m.Text, m.Title));
    }

    [Theory]
    [InlineData("وقال رئيس مدينة الملك عبدالله للطاقة الذرية الدكتور هاشم يماني إن المشروع مهم.", "رئيس مدينة")] // a title inside names an institution
    [InlineData("وتسلم المحافظ هدية من رئيس المركز ورئيس لجنة الأهالي فهد بن عبد العزيز الهندي.", "رئيس المركز")] // a title with «و» is another person's
    public void What_an_office_is_of_names_no_one_inside_an_institution_or_across_another_title(string text, string notATitle) =>
        Assert.DoesNotContain(Mentions(text), m => m.Title?.StartsWith(notATitle, StringComparison.Ordinal) == true);

    [Theory]
    [InlineData("وقال الزعيم الكوري الشمالي إن القمة مهمة.", "زعيم", "north-korea")]
    [InlineData("وأعلنت كاتبة الدولة الإسبانية أن الزيارة مهمة.", "كاتبة الدولة", "spain")]
    [InlineData("والتقت الوزيرة بكاتبة الدولة للسياحة الإسبانية.", "كاتبة الدولة", "spain")] // what the office is for, with «لل»
    public void Offices_beyond_ministers_are_read_when_written_alone(string text, string office, string country) =>
        Assert.Contains(Mentions(text), m => m.RoleOnly && m.Role == new RoleName(office, null, country));

    [Fact]
    public void God_is_no_person_and_no_ones_short_name() =>
        Assert.DoesNotContain(Mentions("ألقى الأمين العام لحزب الله حسن نصر الله كلمة. وقال إن المملكة ستستقبل بإذن الله تعالى الحجاج."),
            m => m.Text.StartsWith("الله", StringComparison.Ordinal));

    [Fact]
    public void A_ships_name_in_quotes_is_no_admiral() =>
        Assert.DoesNotContain(Mentions("وكانت إحدى هذه اللقاءات على متن حاملة الطائرات \"الأميرال كوزنيتسوف\" قبالة السواحل الليبية."),
            m => m.Type == EntityType.PER);

    [Fact]
    public void A_title_with_the_preposition_bi_on_it_is_another_persons()
    {
        var m = Mentions("التقى الوزير بنظيره البلجيكي، ديدييه رايندرز.");
        Assert.Equal(("ديدييه رايندرز", "نظيره البلجيكي"), (Assert.Single(m).Text, m[0].Title));
    }

    [Fact]
    public void The_place_an_office_is_for_stays_in_the_title()
    {
        var m = Assert.Single(Mentions("وقال السفير الروسي في ليبيا إيفان مولوتكوف عقب اللقاء"), x => x.Type == EntityType.PER);
        Assert.Equal(("إيفان مولوتكوف", "السفير الروسي في ليبيا"), (m.Text, m.Title));
        Assert.Equal(new RoleName("سفير", null, "russia"), m.Role);
    }

    [Fact]
    public void A_rank_written_alone_is_the_person_last_named_with_it()
    {
        var doc = TestSupport.Analyze("وصل اللواء الليبي المتقاعد خليفة حفتر إلى موسكو.\nوكان قد زار اللواء المتقاعد القاهرة قبل ذلك.");
        var haftar = doc.Mentions.Where(m => m.Key == "kb:khalifa-haftar").ToList();
        Assert.Equal(2, haftar.Count);
        Assert.Equal("اللواء الليبي المتقاعد", haftar[0].Title);
        Assert.Equal("اللواء المتقاعد", haftar[1].Text);
    }

    [Fact]
    public void A_rank_alone_with_no_one_named_before_is_no_mention() =>
        Assert.DoesNotContain(TestSupport.Analyze("وقال اللواء إن القوات تقدمت.").Mentions, m => m.Type == Rasd.Core.Model.EntityType.PER);

    [Fact]
    public void A_person_named_in_full_is_found_again_by_one_word()
    {
        var m = Mentions("التقى نائب وزير الخارجية السوري فيصل المقداد نظيره القطري. وقال المقداد إن اللقاء كان مثمرا.");
        Assert.Equal(2, m.Count(x => x.Key == "per:فيصل المقداد"));
    }

    [Fact]
    public void A_word_two_people_of_the_text_share_is_no_ones()
    {
        var m = Mentions("التقى الرئيس الكوري الشمالي كيم جونغ أون المسؤول الكوري كيم يونغ تشول. وقال كيم إن اللقاء مهم.");
        Assert.DoesNotContain(m, x => x.Text == "كيم" && x.Key.StartsWith("per:كيم ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال حينها جيريليمو آمور إن الفريق جاهز.", "حينها")] // a word with a pronoun on it
    [InlineData("وقال السفير المصري بالخرطوم أسامة شلتوت إن العلاقات جيدة.", "بالخرطوم")] // a preposition and the article
    public void A_word_that_opens_no_name_is_left_out_of_the_name(string text, string word) =>
        Assert.DoesNotContain(Mentions(text), m => m.Type == EntityType.PER && m.Text.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void A_name_an_entity_of_the_texts_field_shares_stands_for_that_entity()
    {
        const string football = "الاتحاد الأوروبي يعاقب الحارس. وأوقف الاتحاد الأوروبي اللاعب مباراتين بعد المباراة، وقال مدرب المنتخب إن النادي سيطعن.";
        Assert.All(Mentions(football).Where(m => m.Text == "الاتحاد الأوروبي"), m => Assert.Equal("kb:uefa", m.Key));
        // One word of football is no football report.
        Assert.Equal("kb:european-union", Mentions("فرض الاتحاد الأوروبي عقوبات جديدة قبل مباراة الدبلوماسية.").Single(m => m.Text == "الاتحاد الأوروبي").Key);
    }

    [Fact]
    public void A_surname_that_is_a_common_word_is_the_person_only_after_with()
    {
        // «مشار» is also a word («المشار إليه»): after «مع» it is Riek Machar, named in full before; elsewhere a word.
        var m = Mentions("وصل زعيم المعارضة ريك مشار إلى الخرطوم. والتقى الرئيس مع مشار أمس. وهو الاتفاق المشار إليه.");
        Assert.Equal(2, m.Count(x => x.Key == "kb:riek-machar"));
    }

    [Fact]
    public void A_destination_after_an_office_is_where_one_goes_not_the_office_unless_an_envoy_holds_it()
    {
        var m = Mentions("وخلال زيارة ولي العهد السعودي إلى بريطانيا، تم الاتفاق على استثمارات.");
        Assert.Equal([("ولي العهد السعودي", true), ("بريطانيا", false)], m.Select(x => (x.Text, x.RoleOnly)));
        Assert.Equal("المبعوث الأممي إلى ليبيا", Assert.Single(Mentions("وقال المبعوث الأممي إلى ليبيا غسان سلامة إن الحوار مستمر.")).Title);
    }

    [Fact]
    public void An_office_of_a_ministry_and_a_country_leads_to_the_name_whole()
    {
        // «وانغ» keeps its «و»: right after a title it is no conjunction.
        var m = Assert.Single(Mentions("وقال إن نائب وزير التجارة الصيني وانغ شووين سيصل غدا."));
        Assert.Equal(("وانغ شووين", "نائب وزير التجارة الصيني"), (m.Text, m.Title));
    }

    [Fact]
    public void A_word_with_a_preposition_on_it_after_a_title_is_no_name() =>
        Assert.DoesNotContain(Mentions("وتسهم القناة في مبادرة الرئيس الصيني لإعادة إحياء طريق الحرير."), x => x.Text.Contains("إحياء", StringComparison.Ordinal));

    [Fact]
    public void One_word_is_a_name_after_an_honorific_and_a_madda_is_no_article()
    {
        Assert.Equal("اليزابيث", Assert.Single(Mentions("وقال إن الملكة اليزابيث ستزور البلاد.")).Text); // «ستزور» is a verb, no name
        Assert.Equal("آلان بيرسيه", Assert.Single(Mentions("وكان في الاستقبال الرئيس السويسري آلان بيرسيه.")).Text);
        Assert.DoesNotContain(Mentions("وقال إن الرئيس الصيني سيزور البلاد."), x => x.Text.Contains("سيزور", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_ends_a_name() =>
        Assert.Equal("محمد بخاري", Assert.Single(Mentions("وقد استقبل حاكم الولاية الرئيس النيجيري محمد بخاري الثلاثاء.")).Text);

    [Fact]
    public void A_common_noun_in_the_feminine_plural_after_a_title_is_no_name() =>
        Assert.DoesNotContain(Mentions("وأجرى رئيس كوريا الجنوبية، مون جيه إن والرئيس الأميركي محادثات هاتفية، الأحد."), x => x.Text.Contains("محادثات", StringComparison.Ordinal));

    [Fact]
    public void A_name_of_a_field_stands_for_its_entity_only_in_a_text_of_that_field()
    {
        const string korea = "وقالت كوريا الجنوبية إن الزعيم الكوري الشمالي مستعد لزيارة سيول، وإن بيونغ يانغ جادة.";
        Assert.Contains(Mentions(korea), m => m.Text == "سيول" && m.Key == "kb:seoul");
        Assert.DoesNotContain(Mentions("وزار الوزير المنطقة بعد أن ضربتها سيول جارفة."), m => m.Text.Contains("سيول", StringComparison.Ordinal)); // floods
    }

    [Fact]
    public void A_counterpart_is_never_the_one_whose_office_he_holds_too()
    {
        var m = Mentions("وقال رئيس كوريا الجنوبية مون جيه إن كلاما. واستقبل مون نظيره الشمالي عند خط ترسيم الحدود.");
        var counterpart = Assert.Single(m, x => x.Text == "نظيره الشمالي");
        Assert.True(counterpart.RoleOnly);
        Assert.NotEqual("kb:moon-jae-in", counterpart.Key);
    }

    [Fact]
    public void A_word_with_and_and_the_article_after_a_title_is_no_name() =>
        Assert.DoesNotContain(Mentions("أن مايك بومبيو مدير الاستخبارات المركزية الأمريكية والمرشح لتولي وزارة الخارجية، سافر إلى كوريا الشمالية."),
            x => x.Text.Contains("المرشح", StringComparison.Ordinal));

    [Fact]
    public void After_a_word_of_kinship_a_name_the_text_does_not_know_is_the_relative_and_holds_no_office()
    {
        var grandmother = Assert.Single(Mentions("جدة الرئيس سارة أوباما ما زالت تأمل."));
        Assert.Equal(("سارة أوباما", null), (grandmother.Text, grandmother.Role));
        var trump = Assert.Single(Mentions("حصل والدا ميلانيا، زوجة الرئيس الأمريكي دونالد ترامب، على الجنسية."), m => m.Key == "kb:donald-trump");
        Assert.Equal("رئيس", trump.Role?.Office); // a known name after the title holds it
        Assert.Contains(Mentions("وصل إلى جدة الرئيس الفرنسي."), m => m.Key == "kb:jeddah"); // after a preposition, the city
    }

    [Fact]
    public void A_birthplace_is_no_muscat()
    {
        Assert.DoesNotContain(Mentions("وصل أوباما إلى مسقط رأس والده في كينيا، وعاد لاحقا إلى مسقط رأسه."), m => m.Key == "kb:muscat");
        Assert.Contains(Mentions("وصل الوزير إلى مسقط أمس."), m => m.Key == "kb:muscat");
    }

    [Fact]
    public void Al_sayyid_before_a_name_is_an_honorific_and_after_a_given_name_a_family_name()
    {
        var guest = Mentions("استقبل وزير الخارجية عادل الجبير أمس السيد لوترا.").Single(x => x.Title == "السيد");
        Assert.Equal(("لوترا", EntityType.PER), (guest.Text, guest.Type));
        Assert.Contains("محمد السيد", Mentions("قال محمد السيد إن الوزير عادل الجبير التقى أمس نظيره الروسي سيرغي لافروف").Select(x => x.Text));
    }

    [Fact]
    public void A_given_name_written_with_the_article_opens_a_name_after_a_title()
    {
        var m = Mentions("وقال رئيس الوزراء التونسي الحبيب الصيد إن").Single(x => x.Type == EntityType.PER);
        Assert.Equal(("الحبيب الصيد", "رئيس الوزراء التونسي"), (m.Text, m.Title));
        Assert.DoesNotContain(Mentions("وقال الرئيس الأمريكي الجديد إن"), x => x.Text.Contains("الجديد", StringComparison.Ordinal) && !x.RoleOnly);
    }

    [Fact]
    public void Two_common_words_after_a_title_are_no_unknown_name_unless_the_second_is_the_first_with_the_article()
    {
        Assert.Contains("مريح المريح", Mentions("وزار رئيس النادي مريح المريح معسكر الفريق في مصر.").Select(x => x.Text));
        Assert.DoesNotContain(Mentions("وخاض الفريق الإنجليزي مباراة ودية أمس."), x => x.Type == EntityType.PER && !x.RoleOnly);
    }

    [Fact]
    public void A_common_noun_with_the_article_after_two_unknown_words_ends_the_name_not_joins_it()
    {
        Assert.Contains("مونس الضوي", Mentions("وحضر الأستاذ مونس الضوي المباراة").Select(x => x.Text));
        Assert.Contains("قمر جاويد باجوا", Mentions("وقال الجنرال قمر جاويد باجوا.").Select(x => x.Text));
    }

    [Fact]
    public void A_word_with_a_pronoun_on_it_opens_no_unknown_name_after_a_title() =>
        Assert.DoesNotContain(Mentions("وأرسل القائد الكوري الشمالي شقيقته ضمن الوفد."), x => x.Text.StartsWith("شقيقته", StringComparison.Ordinal));
}

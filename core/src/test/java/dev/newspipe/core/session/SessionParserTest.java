package dev.newspipe.core.session;

import dev.newspipe.core.model.SessionInfo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.IssueMetadata;
import dev.newspipe.core.model.PageRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionParserTest {

    private final SessionParser parser = new SessionParser();

    @Test
    void shouldReadFullSessionNameMeetingAndAdoptionDate() {
        Article resolution = Article.of(null, "大同市第十六届人民代表大会第六次会议关于大同市人民政府工作报告的决议", null,
                List.of("（2026年1月22日大同市第十六届人民代表大会第六次会议第三次全体会议通过）", "会议听取并审议了报告。"),
                LocalDate.of(2026, 1, 23), null);
        assertThat(parser.parse(resolution)).hasValue(new SessionInfo("大同市第十六届人民代表大会", SessionInfo.Level.CITY, 16, 6,
                "第三次全体会议", LocalDate.of(2026, 1, 22)));
    }

    @Test
    void shouldReadShortFormAndTakeTheFullBodyNameFromTheText() {
        Article report = Article.of(null, "市十六届人大六次会议主席团举行第四次次会议", null,
                List.of("本报讯（记者 李雪峰）1月22日上午，大同市第十六届人民代表大会第六次会议主席团第四次会议举行。"), LocalDate.of(2026, 1, 23), null);
        SessionInfo info = parser.parse(report).orElseThrow();
        assertThat(info.body()).isEqualTo("大同市第十六届人民代表大会");
        assertThat(info.term()).isEqualTo(16);
        assertThat(info.session()).isEqualTo(6);
        assertThat(info.meeting()).isEqualTo("主席团第四次会议");
    }

    @Test
    void shouldReadNationalCongressAndCppcc() {
        Article national = Article.of(null, "第十四届全国人民代表大会第一次会议关于政府工作报告的决议", null,
                List.of("（2023年3月13日第十四届全国人民代表大会第一次会议通过）"), LocalDate.of(2023, 3, 14), null);
        assertThat(parser.parse(national).orElseThrow()).extracting(SessionInfo::level, SessionInfo::term, SessionInfo::session)
                .containsExactly(SessionInfo.Level.NATIONAL, 14, 1);
        Article cppcc = Article.of(null, "市政协十五届五次会议闭幕", null, List.of("会议圆满完成各项议程。"), LocalDate.of(2026, 1, 21), null);
        assertThat(parser.parse(cppcc)).as("a CPPCC session is no people's congress").isEmpty();
    }

    @Test
    void shouldFindNoSessionInLocalNews() {
        Article news = Article.of(null, "市红十字赈济救援队升级省级救援队", null, List.of("本报讯(记者 高燕)近日，我市救援队升级。"),
                LocalDate.of(2026, 1, 8), null);
        assertThat(parser.parse(news)).isEmpty();
    }

    @Test
    void shouldReadTraditionalScript() {
        Article report = Article.of(null, "廣州市第十五屆人民代表大會第一次會議開幕", null, List.of("大會舉行第一次全體會議。"),
                LocalDate.of(2017, 1, 10), null);
        assertThat(parser.parse(report).orElseThrow()).extracting(SessionInfo::body, SessionInfo::term, SessionInfo::session,
                SessionInfo::meeting).containsExactly("广州市第十五届人民代表大会", 15, 1, "第一次全体会议");
    }

    @Test
    void shouldNotTakeAPlaceFromAPostThatEndsInTheLevelCharacter() {
        // 代理县长 holds 理县 (a county of Sichuan) and 副市长 no city: the county is the one the text names as a place
        Article news = Article.of(null, "县十七届人大常委会召开第九次会议 任命王某为代理县长", null,
                List.of("本报讯 12日,县十七届人大常委会召开第九次会议,任命王某为县人民政府副县长、代理县长。",
                        "王某对县人大常委会和竹山县40万人民的信任表示感谢。"), null, null);
        assertThat(parser.parse(news).orElseThrow().body()).isEqualTo("竹山县第十七届人民代表大会常务委员会");
    }

    @Test
    void shouldReadAStandingCommitteesOwnMeetingWithoutASession() {
        Article notice = Article.of(null, "嘉鱼县人民代表大会常务委员会公告", null,
                List.of("2018年11月28日经县十八届人大常委会第十四次会议决定，补选县十八届人大代表1名。", "嘉鱼县人大常委会", "2018年11月28日"),
                null, null);
        assertThat(parser.parse(notice)).hasValue(new SessionInfo("嘉鱼县第十八届人民代表大会常务委员会", SessionInfo.Level.COUNTY, 18, null,
                "第十四次会议", LocalDate.of(2018, 11, 28)));
    }

    @Test
    void shouldTakeTheCityOfAShortFormFromTheTextAndLeaveTheYearUnknownWhenNothingSaysIt() {
        Article report = Article.of(null, null, null,
                List.of("3月25日，市十五届人大四次会议举行预备会议。", "奋力谱写中国式现代化长治篇章。"), null, null);
        SessionInfo info = parser.parse(report).orElseThrow();
        assertThat(info.body()).isEqualTo("长治市第十五届人民代表大会");
        assertThat(info.meeting()).isEqualTo("预备会议");
        assertThat(info.date()).isNull();
    }

    @Test
    void shouldGiveNoSessionForTheCppccAloneButTheCongressWhereBothAreNamed() {
        for (String headline : List.of("政协大同市第十五届委员会第五次会议开幕", "中国人民政治协商会议大同市第十五届委员会第五次会议闭幕")) {
            Article news = Article.of(null, headline, null, List.of("会议圆满完成各项议程。"), LocalDate.of(2026, 1, 21), null);
            assertThat(parser.parse(news)).as(headline).isEmpty();
        }
        Article both = Article.of(null, "市政协十五届五次会议开幕", null,
                List.of("1月20日，市政协十五届五次会议开幕。大同市第十六届人民代表大会第六次会议将于1月21日开幕。"), LocalDate.of(2026, 1, 21), null);
        assertThat(parser.parse(both).orElseThrow()).extracting(SessionInfo::body, SessionInfo::term, SessionInfo::session)
                .containsExactly("大同市第十六届人民代表大会", 16, 6);
    }

    @Test
    void shouldReadTheTermOfAStandingCommitteesNoticeInBrackets() {
        Article notice = Article.of(null, "全国人民代表大会常务委员会公告〔十二届〕第七号", null,
                List.of("现予公告。", "全国人民代表大会常务委员会", "2013年12月28日"), null, null);
        assertThat(parser.parse(notice)).hasValue(new SessionInfo("第十二届全国人民代表大会常务委员会", SessionInfo.Level.NATIONAL, 12,
                null, null, LocalDate.of(2013, 12, 28)));
    }

    @Test
    void shouldTakeNoSessionFromTheSpiritOfANationalSessionOrATermWithoutNumber() {
        Article study = Article.of(null, "市委常委会传达学习十四届全国人大二次会议精神", null, List.of("会议要求认真学习贯彻。"),
                LocalDate.of(2024, 3, 12), null);
        assertThat(parser.parse(study)).isEmpty();
        Article unnumbered = Article.of(null, "本届人民代表大会第六次会议闭幕", null, List.of("会议选举产生了新一届领导。"),
                LocalDate.of(2024, 3, 12), null);
        assertThat(parser.parse(unnumbered)).isEmpty();
    }

    @Test
    void shouldDateAStandingCommitteesMeetingNewsByItsLeadAndReadItsMeetingAfterConvened() {
        Article news = Article.of(null, null, null, List.of("3月25日，县十五届人大常委会召开第36次会议。",
                "会议听取和审议了县政府关于2015年度耕地保护工作情况的报告，审议通过了县人大常委会2016年工作要点（草案）。"), null, null);
        SessionInfo info = parser.parse(news).orElseThrow();
        assertThat(info.meeting()).isEqualTo("第36次会议");
        assertThat(info.session()).isNull();
        assertThat(info.date()).as("2015 reviewed and 2016 planned both say 2016").isEqualTo(LocalDate.of(2016, 3, 25));
    }

    @Test
    void shouldDateAReportByItsDeliveryLineUnderTheTitle() {
        Article report = Article.of(null, null, null, List.of("政府工作报告",
                "——2023年2月2日在长沙县第十八届人民代表大会第三次会议上", "县长 某某", "各位代表：现在，我代表县人民政府向大会报告工作。"),
                null, null);
        assertThat(parser.parse(report).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 2, 2));
    }

    @Test
    void shouldLetTheYearsWrittenVoteRatherThanOneStrayPlanWord() {
        Article news = Article.of(null, null, null, List.of("1月23日，山西省第十四届人民代表大会第二次会议在太原开幕。",
                "回望2023年山西高质量发展的辽阔征程，亮点频出。", "2023年，山西粮食生产再创新高。",
                "2023年，山西转型发展165项重点任务全面完成。"), null, null);
        assertThat(parser.parse(news).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 1, 23));
    }

    @Test
    void shouldNotTakeTheYearOfAMonthAndDayFromTheTimeAFileWasCopied() {
        var copied = new PageRef(new IssueMetadata("unknown", LocalDate.of(2026, 11, 22),
                "1", IssueMetadata.Source.FILE_TIME), "page.txt", 0);
        List<String> lead = List.of("3月4日，县第十四届人民代表大会第四次会议隆重开幕。");
        Article fromFile = new Article(copied, 1, null, null, null, null, lead, null, null, null);
        assertThat(parser.parse(fromFile).orElseThrow().date()).isNull();
        Article printed = Article.of(null, null, null, lead, LocalDate.of(2014, 3, 5), null);
        assertThat(parser.parse(printed).orElseThrow().date()).isEqualTo(LocalDate.of(2014, 3, 4));
    }

    @Test
    void shouldGiveAStandingCommitteesMeetingToTheCommitteeNotToTheSessionItConvenes() {
        // the meeting adopts the agenda of the next session: the article is the committee's, as the gold files label it
        Article meeting = Article.of(null, "县十二届人大常委会召开第四十一次会议", null, List.of(
                "6月8日，县十二届人大常委会第四十一次会议在县行政中心举行。会议审议通过了关于召开县十二届人大五次会议的决定。",
                "会议决定，县十二届人大五次会议于7月中旬召开。"), LocalDate.of(2024, 6, 9), null);
        SessionInfo info = parser.parse(meeting).orElseThrow();
        assertThat(info.body()).isEqualTo("县第十二届人民代表大会常务委员会");
        assertThat(info.session()).isNull();
        assertThat(info.meeting()).isEqualTo("第四十一次会议");
        assertThat(info.date()).isEqualTo(LocalDate.of(2024, 6, 8));
        // a headline announcing the session the committee's meeting convened is no session at work
        Article announced = Article.of(null, "市九届人大三次会议将于下月中旬召开", null, List.of(
                "昨日，市九届人大常委会召开第18次会议，审议市九届人大三次会议筹备情况。"), LocalDate.of(2025, 1, 3), null);
        assertThat(parser.parse(announced).orElseThrow()).extracting(SessionInfo::term, SessionInfo::session, SessionInfo::meeting)
                .containsExactly(9, null, "第18次会议");
    }

    @Test
    void shouldKeepTheSessionWhenTheCommitteeOnlyConvenedIt() {
        // 经…常委会第…次会议决定: the committee's decision is background; the lead reports the session opening
        Article opening = Article.of(null, "市九届人大三次会议开幕", null, List.of(
                "经市九届人大常委会第18次会议决定，市九届人大三次会议今天上午开幕。"), LocalDate.of(2025, 2, 10), null);
        assertThat(parser.parse(opening).orElseThrow()).extracting(SessionInfo::term, SessionInfo::session)
                .containsExactly(9, 3);
    }

    @Test
    void shouldReadTheCouncilOfChairmenAndAMeetingWithoutItsTerm() {
        Article chairmen = Article.of(null, "市人大常委会召开主任会议", null, List.of(
                "9月2日，市十五届人大常委会第二十次主任会议召开。主任某某主持会议。"), LocalDate.of(2023, 9, 3), null);
        assertThat(parser.parse(chairmen).orElseThrow()).extracting(SessionInfo::body, SessionInfo::session, SessionInfo::meeting)
                .containsExactly("市第十五届人民代表大会常务委员会", null, "第二十次主任会议");
        // the committee named without its term: the term is that of the congress the text names
        Article termless = Article.of(null, null, null, List.of(
                "日前召开的静安区人大常委会第12次会议听取了区政府的报告，代表们认为，区政府按照区十五届人大二次会议确定的任务扎实工作。"),
                LocalDate.of(2018, 7, 20), null);
        assertThat(parser.parse(termless).orElseThrow()).extracting(SessionInfo::body, SessionInfo::term, SessionInfo::session,
                SessionInfo::meeting).containsExactly("静安区第十五届人民代表大会常务委员会", 15, null, "第12次会议");
    }

    @Test
    void shouldReadThePlaceTheShortFormWritesBeforeItsTerm() {
        // 天津市十四届人大: the place written there, not the city a text names most often (a person may be called 张嘉兴)
        Article municipality = Article.of(null, null, null, List.of(
                "天津市十四届人大四次会议将于1月16日开幕。", "代表张嘉兴说，这次参会将积极建言献策。"), LocalDate.of(2006, 1, 16), null);
        assertThat(parser.parse(municipality).orElseThrow()).extracting(SessionInfo::body, SessionInfo::level)
                .containsExactly("天津市第十四届人民代表大会", SessionInfo.Level.PROVINCE);
        Article region = Article.of(null, null, null, List.of("承载着全区各族人民的期待，自治区十二届人大四次会议1月31日在拉萨开幕。"),
                LocalDate.of(2026, 2, 1), null);
        assertThat(parser.parse(region).orElseThrow().level()).isEqualTo(SessionInfo.Level.PROVINCE);
        Article prefecture = Article.of(null, null, null, List.of("昨日下午，州十四届人大一次会议预备会议举行。"), LocalDate.of(2017, 1, 5), null);
        assertThat(parser.parse(prefecture).orElseThrow()).extracting(SessionInfo::term, SessionInfo::session, SessionInfo::meeting)
                .containsExactly(14, 1, "预备会议");
    }

    @Test
    void shouldTellATownshipsCongressByItsPlace() {
        Article township = Article.of(null, null, null, List.of(
                "3月2日，桃源县漳江镇第十九届人民代表大会第三次会议胜利闭幕。会议听取和审议了镇人民政府工作报告。"),
                LocalDate.of(2024, 3, 3), null);
        assertThat(parser.parse(township).orElseThrow()).extracting(SessionInfo::body, SessionInfo::level, SessionInfo::term,
                SessionInfo::session).containsExactly("桃源县漳江镇第十九届人民代表大会", SessionInfo.Level.TOWNSHIP, 19, 3);
        Article ethnic = Article.of(null, null, null, List.of("金秀瑶族自治县六巷乡第十一届人民代表大会第一次会议于1月5日召开。"),
                LocalDate.of(2022, 1, 6), null);
        assertThat(parser.parse(ethnic).orElseThrow().level()).isEqualTo(SessionInfo.Level.TOWNSHIP);
        // a county's congress stays the county's, though the county seat is a town
        Article county = Article.of(null, null, null, List.of("桃源县第十九届人民代表大会第三次会议在漳江镇开幕。"),
                LocalDate.of(2024, 1, 8), null);
        assertThat(parser.parse(county).orElseThrow().level()).isEqualTo(SessionInfo.Level.COUNTY);
    }

    @Test
    void shouldGiveTheFullestNameTheArticleWritesForTheCongress() {
        Article resolution = Article.of(null, null, null, List.of("（2019年2月23日城中区第九届人民代表大会第四次会议通过）",
                "柳州市城中区第九届人民代表大会第四次会议，听取和审议了区人民政府区长所作的政府工作报告。"), null, null);
        assertThat(parser.parse(resolution).orElseThrow().body()).isEqualTo("柳州市城中区第九届人民代表大会");
    }

    @Test
    void shouldReadASittingWrittenWithPinyinResidue() {
        Article residue = Article.of(null, "州六屆人大六次會(huì)議主席團(tuán)舉行第四次會(huì)議", null,
                List.of("本報(bào)訊 3月30日上午,州六屆人大六次會(huì)議主席團(tuán)舉行第四次會(huì)議。"), LocalDate.of(2011, 3, 31), null);
        assertThat(parser.parse(residue).orElseThrow()).extracting(SessionInfo::term, SessionInfo::session, SessionInfo::meeting)
                .containsExactly(6, 6, "主席团第四次会议");
    }

    @Test
    void shouldDateTheSittingNotThePagesDateLine() {
        Article news = Article.of(null, null, null, List.of("2023年02月10日", "本报讯 2月9日下午，市九届人大三次会议主席团举行第二次会议。"),
                null, null);
        assertThat(parser.parse(news).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 2, 9));
        Article yesterday = Article.of(null, null, null, List.of("时间:2019-03-19", "昨晚，市十五届人大四次会议主席团举行第五次会议。"),
                null, null);
        assertThat(parser.parse(yesterday).orElseThrow().date()).as("昨晚 gives no day; the page's date is not the sitting's").isNull();
    }

    @Test
    void shouldTakeTheMonthOfADayWrittenAloneFromThePagesDate() {
        Article past = Article.of(null, null, null, List.of("2018/6/21", "本报讯 18日，县十八届人大常委会召开第十二次会议。"), null, null);
        assertThat(parser.parse(past).orElseThrow().date()).isEqualTo(LocalDate.of(2018, 6, 18));
        Article lastMonth = Article.of(null, null, null, List.of("2018-07-02 08:30 来源：县融媒体中心",
                "本报讯 29日，县十八届人大常委会召开第十三次会议。"), null, null);
        assertThat(parser.parse(lastMonth).orElseThrow().date()).isEqualTo(LocalDate.of(2018, 6, 29));
        Article announced = Article.of(null, null, null, List.of("省十三届人大五次会议21日开幕"), LocalDate.of(2022, 1, 19), null);
        assertThat(parser.parse(announced).orElseThrow().date()).as("a day just after the page is this month's")
                .isEqualTo(LocalDate.of(2022, 1, 21));
    }

    @Test
    void shouldNameAnAutonomousPrefectureAsTheArticleWritesIt() {
        Article presidium = Article.of(null, "州十四届人大三次会议主席团举行第二次会议", null, List.of(
                "本报讯 会议审议了《黔西南州城市绿化条例（草案）》。"), LocalDate.of(2019, 1, 20), null);
        assertThat(parser.parse(presidium).orElseThrow().body()).isEqualTo("黔西南州第十四届人民代表大会");
    }

    @Test
    void shouldGiveADecisionToConveneASessionToTheCommittee() {
        Article chairmen = Article.of(null, null, null, List.of(
                "会议听取了关于召开河北省第十三届人民代表大会第五次会议的决定（草案）审议情况的汇报，决定提请常委会全体会议表决。"),
                null, null);
        assertThat(parser.parse(chairmen).orElseThrow()).extracting(SessionInfo::body, SessionInfo::term, SessionInfo::session)
                .containsExactly("河北省第十三届人民代表大会常务委员会", 13, null);
        // 镇召开第十四届人民代表大会第六次会议: 召开 says the session sat; nothing is being convened
        Article held = Article.of(null, null, null, List.of("4月2日，某某镇召开第十四届人民代表大会第六次会议，镇人大常委会有关人员列席。"),
                LocalDate.of(2022, 4, 5), null);
        assertThat(parser.parse(held).orElseThrow().session()).isEqualTo(6);
    }

    @Test
    void shouldReadAWorkReportsDeliveryLineCutByALineBreak() {
        Article report = Article.of(null, null, null, List.of("政府工作报告", "——2024年1月9日在宜宾市第九届", "人民代表大会第三次会议上",
                "各位代表："), null, null);
        assertThat(parser.parse(report)).hasValueSatisfying(info -> {
            assertThat(info.body()).isEqualTo("宜宾市第九届人民代表大会");
            assertThat(info.term()).isEqualTo(9);
            assertThat(info.session()).isEqualTo(3);
            assertThat(info.date()).isEqualTo(LocalDate.of(2024, 1, 9));
        });
    }

    @Test
    void shouldNameThePresidiumsSittingTheConvenersMeetingAndANumberedPlenary() {
        Article presidium = Article.of(null, "省十四届人大二次会议主席团举行第三次会议", null,
                List.of("16日下午，省十四届人大二次会议主席团举行第三次会议。", "会议听取了关于第二次全体会议选举结果的报告。"), null, null);
        assertThat(parser.parse(presidium).orElseThrow().meeting()).isEqualTo("主席团第三次会议");
        Article conveners = Article.of(null, "县十九届人大三次会议各代表团召集人会议召开", null, List.of("会议部署了大会各项工作。"), null, null);
        assertThat(parser.parse(conveners).orElseThrow().meeting()).isEqualTo("各代表团召集人会议");
        Article plenary = Article.of(null, "省十届人大一次会议举行第三次大会 选举产生新一届领导", null, List.of("大会选举产生了省长。"), null, null);
        assertThat(parser.parse(plenary).orElseThrow().meeting()).isEqualTo("第三次大会");
        // counter-example: an opening that passes on what the conveners' meeting decided is no report of it
        Article opening = Article.of(null, "市十七届人大三次会议开幕", null,
                List.of("大会隆重开幕。", "各代表团分别传达学习了各代表团召集人会议精神。"), null, null);
        assertThat(parser.parse(opening).orElseThrow().meeting()).isNull();
    }

    @Test
    void shouldDateAWebPageBySentenceAndYearByItsPublicationLine() {
        Article page = Article.of(null, null, null, List.of("首页 新闻 政务 评论 问政 舆情 社区 专题 视频 商业 健康 教育 汽车 房产 旅游", "新闻频道 > 聚焦两会",
                "省十三届人大三次会议举行预备会议", "发布时间:2020-01-12 09:11:05 来源:省报", "1月11日下午，省十三届人大三次会议举行预备会议。"), null, null);
        assertThat(parser.parse(page).orElseThrow().date()).isEqualTo(LocalDate.of(2020, 1, 11));
        // a publication line with more after it is the page's date, not the sitting's
        Article posted = Article.of(null, "县十四届人大四次会议举行第二次全体会议", null,
                List.of("发布日期:2025年02月11日 10:02 浏览:[] 作者:张某", "2月10日下午，县十四届人大四次会议举行第二次全体会议。"), null, null);
        assertThat(parser.parse(posted).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void shouldNotDateACommitteesMeetingByTheSessionItConvenes() {
        Article closing = Article.of(null, "省十三届人大常委会第二十七次会议闭幕", null,
                List.of("省十三届人大五次会议定于2022年1月17日召开", "12月3日上午，省十三届人大常委会第二十七次会议在长沙闭幕。"),
                LocalDate.of(2021, 12, 4), null);
        assertThat(parser.parse(closing).orElseThrow().date()).isEqualTo(LocalDate.of(2021, 12, 3));
        // the committee's own meeting to come is its date
        Article announced = Article.of(null, "市十六届人大常委会第三十一次会议将于2月23日召开", null,
                List.of("市十六届人大常委会第三十一次会议将于2017年2月23日召开。"), null, null);
        assertThat(parser.parse(announced).orElseThrow().date()).isEqualTo(LocalDate.of(2017, 2, 23));
    }

    @Test
    void shouldReadACountyThatHasSinceBecomeADistrict() {
        Article opening = Article.of(null, "县十三届人大二次会议开幕", null,
                List.of("2月1日上午，长安县第十三届人民代表大会第二次会议隆重开幕。"), LocalDate.of(2001, 2, 2), null);
        assertThat(parser.parse(opening).orElseThrow().body()).isEqualTo("长安县第十三届人民代表大会");
    }

    @Test
    void shouldCountARelativeDayFromTheCreditsDate() {
        Article today = Article.of(null, null, null, List.of("本报北京3月10日电(记者 王明)今天,十届全国人大一次会议通过了选举办法。"),
                null, null);
        assertThat(parser.parse(today).orElseThrow().date()).isEqualTo(LocalDate.of(2003, 3, 10));
        Article yesterday = Article.of(null, null, null, List.of(
                "深圳新闻网2024年1月25日讯(记者 赵明)昨日,深圳市罗湖区第八届人民代表大会第四次会议闭幕。"), null, null);
        assertThat(parser.parse(yesterday).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 1, 24));
        // a date or a day of the month after the credit is the sitting's, not the day the report was filed
        Article dated = Article.of(null, null, null, List.of("红网某县分站3月20日讯(通讯员 李明)3月19日上午,县十二届人大二次会议闭幕。"),
                LocalDate.of(2017, 3, 21), null);
        assertThat(parser.parse(dated).orElseThrow().date()).isEqualTo(LocalDate.of(2017, 3, 19));
        Article dayAlone = Article.of(null, null, null, List.of("新华网河南频道3月1日电 28日上午,市十一届人大常委会举行第35次会议。"),
                LocalDate.of(2003, 3, 2), null);
        assertThat(parser.parse(dayAlone).orElseThrow().date()).as("the 28th before the 1st is last month's")
                .isEqualTo(LocalDate.of(2003, 2, 28));
        // counter-examples: a day announced in a later sentence is not the sitting; without a credit 今天 counts from nothing
        Article announced = Article.of(null, null, null, List.of(
                "新华社北京3月4日电 十四届全国人大一次会议举行新闻发布会。大会将于3月5日上午开幕。"), LocalDate.of(2023, 3, 5), null);
        assertThat(parser.parse(announced).orElseThrow().date()).isEqualTo(LocalDate.of(2023, 3, 4));
        Article noCredit = Article.of(null, null, null, List.of("今天上午,市十五届人大四次会议举行第二次全体会议。"), null, null);
        assertThat(parser.parse(noCredit).orElseThrow().date()).isNull();
    }

    @Test
    void shouldReadPastAPagesEditionOrPostingLine() {
        Article posted = Article.of(null, null, null, List.of("NEWS.SOHU.COM 2003年02月26日09:45 新华网",
                "新华网河南频道2月26日电 25日上午,郑州市第十一届人大常委会举行第35次会议。会议决定1992年6月3日以来的任职事项。"),
                LocalDate.of(1992, 6, 3), null);
        assertThat(parser.parse(posted).orElseThrow().date()).as("the page line's year, not the reader's")
                .isEqualTo(LocalDate.of(2003, 2, 25));
        Article edition = Article.of(null, null, null, List.of("《内蒙古日报》(2017年1月17日) 01版",
                "1月16日下午,自治区党委书记参加代表团审议自治区十二届人大六次会议的报告。"), null, null);
        assertThat(parser.parse(edition).orElseThrow().date()).isEqualTo(LocalDate.of(2017, 1, 16));
        // counter-example: a bare date under a report's title is the report's own, no edition line
        Article delivered = Article.of(null, null, null, List.of("县十七届人大三次会议政府工作报告", "（2019年2月19日）",
                "各位代表:现在,我代表县人民政府向大会报告工作。"), null, null);
        assertThat(parser.parse(delivered).orElseThrow().date()).isEqualTo(LocalDate.of(2019, 2, 19));
    }

    @Test
    void shouldRestoreADateThatLostItsYearAndMonthSigns() {
        assertThat(SessionParser.restoreDateSigns("（2017418日县第十七届人民代表大会常务委员会第一次会议通过）"))
                .isEqualTo("（2017年4月18日县第十七届人民代表大会常务委员会第一次会议通过）");
        assertThat(SessionParser.restoreDateSigns("——20221227日在区第六届人民代表大会第二次会议上")).startsWith("——2022年12月27日在");
        assertThat(SessionParser.restoreDateSigns("202184日")).isEqualTo("2021年8月4日");
        // counter-examples: two splits make a date (1月28日, 12月8日), none does, or the signs are there
        assertThat(SessionParser.restoreDateSigns("2022128日市人大常委会第五十次会议通过")).isEqualTo("2022128日市人大常委会第五十次会议通过");
        assertThat(SessionParser.restoreDateSigns("编号2023999日")).isEqualTo("编号2023999日");
        assertThat(SessionParser.restoreDateSigns("2023年12月27日")).isEqualTo("2023年12月27日");
        Article resolution = Article.of(null, null, null, List.of("县第十七届人民代表大会第三次会议关于政府工作报告的决议",
                "2019219日县第十七届人民代表大会第三次会议第四次全体会议通过）"), null, null);
        assertThat(parser.parse(resolution).orElseThrow().date()).isEqualTo(LocalDate.of(2019, 2, 19));
    }

    @Test
    void shouldReadTheDayWrittenInsideTodayAndADateThatAPdfSpacedOut() {
        Article today = Article.of(null, null, null, List.of("来源:新闻网 发布时间:2018-12-26 00:00 浏览次数:",
                "今(26)日,市七届人大常委会第二十三次会议接受其辞去市人民政府市长职务。"), null, null);
        assertThat(parser.parse(today).orElseThrow().date()).isEqualTo(LocalDate.of(2018, 12, 26));
        // counter-example: 今日 alone names no day; the page's posting line is not the sitting's date
        Article plainToday = Article.of(null, null, null, List.of("来源:新闻网 发布时间:2018-12-26 00:00 浏览次数:",
                "今日,市七届人大常委会第二十三次会议接受其辞去市人民政府市长职务。"), null, null);
        assertThat(parser.parse(plainToday).orElseThrow().date()).isNull();
        Article pdf = Article.of(null, null, null, List.of("政府工作报告", "——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上"),
                null, null);
        assertThat(parser.parse(pdf).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(SessionParser.closeDateSpaces("2024 年工作回顾")).isEqualTo("2024 年工作回顾");
    }

    @Test
    void shouldReadADateWrittenInChineseNumerals() {
        assertThat(SessionParser.arabicDates("（一九九七年十一月二十日自治区第八届人民代表大会常务委员会第二十九次会议通过）"))
                .startsWith("（1997年11月20日自治区");
        assertThat(SessionParser.arabicDates("二〇二三年三月五日")).isEqualTo("2023年3月5日");
        // counter-examples: a term and session are no date, nor is a day that does not exist
        assertThat(SessionParser.arabicDates("十四届人大三次会议")).isEqualTo("十四届人大三次会议");
        assertThat(SessionParser.arabicDates("一九九七年二月三十日")).isEqualTo("一九九七年二月三十日");
        Article decision = Article.of(null, null, null, List.of("关于召开自治区第九届人民代表大会第一次会议的决定",
                "（一九九七年十一月二十日自治区第八届人民代表大会常务委员会第二十九次会议通过）"), null, null);
        assertThat(parser.parse(decision).orElseThrow().date()).isEqualTo(LocalDate.of(1997, 11, 20));
    }
}

package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import dev.newspipe.core.model.NamedEntities.Mention;
import org.junit.jupiter.api.Test;

/** Hand-written expectations following the labelling rules of testdata/gold/entities-seeds.json. */
class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldNamePeopleInRoleContextsAndBodiesInTheirFullestForm() {
        NamedEntities entities = extractor.extract(
                "本报讯（记者 李雪峰）主席团常务主席张强、武健鹏出席会议。大同市人民政府市长刘俊义作报告，大同市中级人民法院院长丁国华列席。山西省委部署。");
        assertThat(entities.people()).containsExactly("李雪峰", "张强", "武健鹏", "刘俊义", "丁国华");
        assertThat(entities.organizations()).containsExactly("大同市人民政府", "大同市中级人民法院", "山西省委");
        assertThat(entities.places()).isEmpty(); // a place inside an organisation's name is not a place mention
    }

    @Test
    void shouldReadShortFormsOfPlacesAndBodiesWithoutCrossingIntoNeighbouringWords() {
        String text = "会议听取并审议了市人民检察院工作报告。省委赋予大同的使命光荣，全市1000余名市直干部参加。2026年1月22日选举出市政协委员。";
        NamedEntities entities = extractor.extract(text);
        assertThat(entities.organizations()).containsExactly("市人民检察院", "省委", "市政协"); // 市政协委员: the body of a title
        assertThat(entities.places()).containsExactly("大同");
        assertThat(entities.people()).isEmpty();
        for (Mention m : entities.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.name());
            assertThat(m.cue()).isNotBlank();
        }
    }

    @Test
    void shouldReadOverACitysNameInsideAWordThatHoldsIt() {
        assertThat(extractor.extract("确保社会长治久安，让人民群众幸福安康，热烈欢迎中外来宾，共庆自治区成立60周年大庆。").places()).isEmpty();
        // the same cities where they are places
        assertThat(extractor.extract("代表们来自长治、安康和大庆，今年日照游客增长。").places()).containsExactly("长治", "安康", "大庆", "日照");
    }

    @Test
    void shouldNotTakeACountysShortFormForAPlaceUnlessItsCityIsNamed() {
        // 资源 and 富裕 are counties too; 阳高 is a county of 大同
        assertThat(extractor.extract("优化资源配置，让群众更加富裕。").places()).isEmpty();
        assertThat(extractor.extract("大同市阳高县的二人台走进阳高乡村。").places()).containsExactly("大同市", "阳高县", "阳高");
    }

    @Test
    void shouldNotTakeSurnameAndTitleForAName() {
        assertThat(extractor.extract("张书记指出，要抓好落实。王市长表示同意。").people()).isEmpty();
    }

    @Test
    void shouldReadTraditionalScriptAndGiveNamesAsWritten() {
        String text = "廣州市人民政府市長溫國輝作報告。";
        NamedEntities entities = extractor.extract(text);
        assertThat(entities.organizations()).containsExactly("廣州市人民政府");
        assertThat(entities.people()).containsExactly("溫國輝");
        assertThat(entities.mentions()).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.name()));
    }

    @Test
    void shouldReadEveryItemOfAListOfVenues() {
        // the first after a preposition of place, the others after the list join that follows a venue
        assertThat(extractor.extract("大会秘书处来到嵩山饭店、中州宾馆、紫荆山宾馆和省人民会堂检查筹备工作。").places())
                .containsExactly("嵩山饭店", "中州宾馆", "紫荆山宾馆", "省人民会堂");
        // a join after an ordinary word starts no venue
        assertThat(extractor.extract("提高服务质量和高端酒店的管理水平。").places()).isEmpty();
    }
    @Test
    void shouldNameTheBodiesOfAnAutonomousPlaceByTheirLevelAlone() {
        assertThat(extractor.extract("自治区党委、自治区人民政府召开会议，自治县人大常委会列席。").organizations())
                .containsExactly("自治区党委", "自治区人民政府", "自治县人大常委会");
        // counter-example: 全自治区 is every place of the region, not a body's prefix; 民族区域自治 names none
        assertThat(extractor.extract("全自治区人民共同努力，坚持民族区域自治制度。").organizations()).isEmpty();
    }

    @Test
    void shouldNameStandingOrgansAndOfficesInTheirShortForm() {
        assertThat(extractor.extract("市委常委会召开会议。中共中央政治局委员出席。县政府办主任、县监察委负责同志参加。来源：市人大办").organizations())
                .containsExactly("市委常委会", "中共中央政治局", "县政府办", "县监察委", "市人大办");
        // counter-examples: 办 as a verb after a body, and 市委常委 a post, not the committee
        assertThat(extractor.extract("县政府办实事，市政府办理提案。市委常委、副市长出席。").organizations())
                .containsExactly("县政府", "市政府", "市委");
    }

    @Test
    void shouldNameDepartmentsListedAfterABody() {
        assertThat(extractor.extract("县人民法院、司法局、民政局负责人列席会议。").organizations())
                .containsExactly("县人民法院", "司法局", "民政局");
        // counter-example: a list after a body goes on with other things, not bodies
        assertThat(extractor.extract("县委、政府工作报告和规划纲要。").organizations()).containsExactly("县委");
    }

    @Test
    void shouldReadOverACppccCommitteeOfATermButNameItsStandingCommittee() {
        NamedEntities entities = extractor.extract(
                "李明代表政协第九届全国委员会常务委员会作报告。政协第十一届阳高县委员会第一次会议开幕，政协第十届县委员会闭幕。全国政协十四届常委会闭幕。");
        assertThat(entities.organizations()).containsExactly("政协第九届全国委员会常务委员会", "全国政协十四届常委会");
        // the body of a county is named as written before its committee of a term
        assertThat(extractor.extract("大同市政协第十五届委员会第三次会议").organizations()).containsExactly("大同市政协");
    }

    @Test
    void shouldNameNewsSitesWhereAPageCreditsItsSource() {
        assertThat(extractor.extract("黄河网讯（记者 王刚）昨日。\n来源: 晋城新闻网  作者: 李梅").organizations())
                .containsExactly("黄河网", "晋城新闻网");
        assertThat(extractor.extract("2020年01月05日 08:30 金羊网-羊城晚报").organizations()).containsExactly("金羊网");
        // counter-examples: the page's own 本网讯, a word of the text before a dash, a word before 讯 (通讯)
        assertThat(extractor.extract("本网讯 日前。发展互联网-产业。<汇港通讯>").organizations()).isEmpty();
    }

    @Test
    void shouldTakeHotelsHallsAndBuildingsForVenues() {
        NamedEntities entities = extractor.extract(
                "大会在江城礼堂开幕。代表驻地：其中，金陵国际酒店设在一楼，锦江酒店设在二楼。秘书处设在市政府办公楼。会议在县政务中心三号会议室召开。");
        assertThat(entities.places()).containsExactly("江城礼堂", "金陵国际酒店", "锦江酒店", "市政府办公楼", "县政务中心三号会议室");
        assertThat(entities.organizations()).containsExactly("市政府");
        // counter-examples: a kind of hotel, a hall of no named place, a 中心 that is the body (not where a meeting is held)
        NamedEntities kinds = extractor.extract("引进一批高端酒店和品牌酒店。在县机关大礼堂。县政务中心负责审批。");
        assertThat(kinds.places()).isEmpty();
        assertThat(kinds.organizations()).containsExactly("县政务中心");
    }

    @Test
    void shouldTakeAOneCharacterCountyInFullAtWordEdges() {
        assertThat(extractor.extract("代表们来到房县，和房县人民一道建设美好的沁县。").places()).containsExactly("房县", "沁县");
        // counter-examples: 和 + 县委 (the conjunction and the body), 代理县长 (a post), 示范县 (a word that holds 范县)
        NamedEntities entities = extractor.extract("在市委和县委的领导下，代理县长出席，创建国家级示范县。");
        assertThat(entities.places()).isEmpty();
        assertThat(entities.organizations()).containsExactly("市委", "县委");
        assertThat(entities.people()).isEmpty();
    }

    @Test
    void shouldNotTakeAnEverydayWordThatOpensWithASurnameForAName() {
        assertThat(extractor.extract("对大家的信任和支持表示感谢。有效票58张。").people()).isEmpty();
        // the same surnames open names where a post says person
        assertThat(extractor.extract("县长支建国表示感谢。").people()).containsExactly("支建国");
    }
    @Test
    void shouldReadOverAPartyCongressOfANumberAndNameSpecialCommittees() {
        NamedEntities entities = extractor.extract(
                "中国共产党大同市第十三次代表大会胜利闭幕。全国人大财政经济委员会、省政协文化文史委员会调研。");
        assertThat(entities.organizations()).containsExactly("全国人大财政经济委员会", "省政协文化文史委员会");
        // counter-example: the committees taken together are no one body; the congress or CPPCC alone is named
        assertThat(extractor.extract("全国人大各专门委员会和省政协有关专门委员会").organizations()).containsExactly("全国人大", "省政协");
    }

    @Test
    void shouldReadACountyNamedAfterItsCityAndALevelWrittenTwice() {
        assertThat(extractor.extract("长治县人民政府发布通告。大同市市委召开会议。").organizations())
                .containsExactly("长治县人民政府", "大同市市委");
        // counter-example: the city's short name before 县城 or 县长 stays the city
        assertThat(extractor.extract("长治县城建设加快。").places()).containsExactly("长治");
    }

    @Test
    void shouldTakeADistrictsShortFormOnlyWhereTheDistrictIsNamedInFull() {
        assertThat(extractor.extract("大同市平城区人民政府工作报告。建设美丽平城。").places()).containsExactly("平城");
        // counter-example: the same short form in a text that never names the district
        assertThat(extractor.extract("建设美丽平城。").places()).isEmpty();
    }

    @Test
    void shouldTakeAStreetWithAHouseNumberAndARegionThatHoldsARiver() {
        assertThat(extractor.extract("地址：迎宾街28号。推动长江三角洲一体化。").places()).containsExactly("迎宾街", "长江三角洲");
        // counter-example: a one-character noun without a number ends an ordinary word
        assertThat(extractor.extract("打通断头路，开展背街小巷整治。").places()).isEmpty();
    }
    @Test
    void shouldTakeNamesBeforeAPostACreditOrAnInvitation() {
        NamedEntities entities = extractor.extract(
                "副检察长孔业明应邀参加会议。图为会场。赵科政摄\n王国华区长代表区人民政府作报告。新闻发言人罗明远指出。");
        assertThat(entities.people()).containsExactly("孔业明", "赵科政", "王国华", "罗明远");
        // counter-examples: a country before 总理 and a verb after a post are no names; the premier after them is
        assertThat(extractor.extract("韩国总理金民锡出席。发言人强调，要加强合作。").people()).containsExactly("金民锡");
    }
    @Test
    void shouldNameSurveyTeamsCommitteesInShortAndAliasesInBrackets() {
        NamedEntities entities = extractor.extract(
                "国家统计局大同调查队发布公报。县人大常委会财经委《关于预算的报告》。县委办（县档案局）负责。");
        assertThat(entities.organizations()).containsExactly("国家统计局大同调查队", "县人大常委会财经委", "县委办", "县档案局");
        // counter-examples: 委员 after the committee is a member, and a bracket after a body that names no office
        assertThat(extractor.extract("县人大常委会委员出席。市委（扩大）会议召开。").organizations())
                .containsExactly("县人大常委会", "市委");
    }

    @Test
    void shouldNotTakeThePlaceThatNamesADevelopmentZone() {
        assertThat(extractor.extract("落户安徽广德经济开发区。").places()).isEmpty();
        // counter-example: a free middle before 园区 is the sentence's, and the city is a place
        assertThat(extractor.extract("在大同参观园区。").places()).containsExactly("大同");
    }
    @Test
    void shouldTakeTownsListedBeforeTheNounThatCountsThem() {
        assertThat(extractor.extract("东河、石门、青林三镇人大主席列席。在北坡、南岭等村调研。").places())
                .containsExactly("东河", "石门", "青林", "北坡", "南岭");
        // counter-examples: a list before a word that holds the noun (乡村振兴, 村级经济), and a single item
        assertThat(extractor.extract("抓好党建、产业等乡村振兴工作，发展农业、工业等村级经济，走访南岭等村。").places()).isEmpty();
    }
    @Test
    void shouldTakeANameInTwoPartsJoinedByADotWhereTheContextSaysPerson() {
        assertThat(extractor.extract("副主席张明、阿布都·热合曼、李国强出席。自治区领导买买提·吐尔逊主持。").people())
                .containsExactlyInAnyOrder("张明", "阿布都·热合曼", "李国强", "买买提·吐尔逊"); // read after the pass: listed last
        // counter-examples: a slogan, a paper and its app, a column title joined by a dot
        assertThat(extractor.extract("新时代·新征程。来源：福建日报·新福建客户端。图片·论坛").people()).isEmpty();
    }

    @Test
    void shouldReadAnAutonomousPrefectureByItsOwnNameAndWithItsLevel() {
        // written texts of a prefecture's press: 州 after its own name, or its own name alone
        assertThat(extractor.extract("黔西南州、恩施州和大理州的代表来到西双版纳州，湘西的代表随后到达。").places())
                .containsExactly("黔西南州", "恩施州", "大理州", "西双版纳州", "湘西");
        // counter-examples: the county 黔西 is no prefecture's short form, and 大理 inside 重大理念 or 大理石 is no place
        assertThat(extractor.extract("坚持重大理念，开采大理石。").places()).isEmpty();
        assertThat(Gazetteer.autonomousName("积石山保安族东乡族撒拉族自治县")).isEqualTo("积石山");
        assertThat(Gazetteer.autonomousName("伊犁哈萨克自治州")).isEqualTo("伊犁");
        assertThat(Gazetteer.autonomousName("东乡族自治县")).isNull(); // named after its nationality alone
    }

    @Test
    void shouldSplitTheGreatHallFromItsCityAndNameNoBodyAfterIt() {
        NamedEntities entities = extractor.extract("大会今天上午在北京人民大会堂开幕。记者会在人民大会堂新闻发布厅举行。");
        assertThat(entities.places()).containsExactly("北京", "人民大会堂");
        assertThat(entities.organizations()).isEmpty();
    }

    @Test
    void shouldReadOverChinaInsideTheDoctrineAndTheSlogan() {
        assertThat(extractor.extract("以习近平新时代中国特色社会主义思想为指导，奋力谱写中国式现代化篇章。").places()).isEmpty();
        // counter-example: China as a place
        assertThat(extractor.extract("中国经济稳中向好。").places()).containsExactly("中国");
    }

    @Test
    void shouldNamePeopleAfterMorePostsInResignationsAndInACreditInBrackets() {
        assertThat(extractor.extract("财经学院校长王海涛说，州长李明出席。决定接受赵建国辞去副省长职务。责编：孙丽 一审：周文 三审：吴刚")
                .people()).containsExactly("王海涛", "李明", "赵建国", "孙丽", "周文", "吴刚");
        assertThat(extractor.extract("会议结束后，代表们合影留念。（刘晓红）\n").people()).containsExactly("刘晓红");
        // counter-examples: a verb or an everyday word after a post, and a bracket inside a sentence
        assertThat(extractor.extract("委员长宣布，委员长向新当选的代表表示祝贺。明确选举纪律，开设代表通道，邀请华侨列席。").people())
                .isEmpty();
        // and 关于 after a given name: not 陈平关 + 于 (陈平 + 关于, a word after a post and its holder)
        assertThat(extractor.extract("会上（王某）发言。副主任陈平关于预算的说明").people()).containsExactly("陈平");
    }

    @Test
    void shouldNameHighCourtsDemocraticPartiesAndCongressSites() {
        assertThat(extractor.extract("听取省高级人民法院和自治区高级人民法院工作报告。中国致公党和九三学社市委会参加。来源：运城人大网")
                .organizations()).containsExactly("省高级人民法院", "自治区高级人民法院", "中国致公党", "九三学社市委会", "运城人大网");
        // counter-examples: no body inside 市民建设 or 居民进行, the internet is no source, a count of committees is no body
        assertThat(extractor.extract("推进市民建设，居民进行投票。来源：互联网").organizations()).isEmpty();
        assertThat(extractor.extract("市人民代表大会四个专门委员会").organizations()).isEmpty();
    }

    @Test
    void shouldTakeAOneCharacterCountyWhoseOwnBodyTheTextNames() {
        assertThat(extractor.extract("凤县人民法院工作报告获通过。为推动凤县绿色发展提供保障。").places()).containsExactly("凤县");
        // counter-examples: no body of its own named, and 和 + 县委 (a conjunction and a body)
        assertThat(extractor.extract("为推动凤县绿色发展提供保障。").places()).isEmpty();
        assertThat(extractor.extract("市政府和县委、县政府负责同志参加，推动和县发展。").places()).isEmpty();
    }

    @Test
    void shouldReadThroughPinyinResidueAndGiveNamesAsWritten() {
        String text = "會議強調(diào)，要在黨中央、國務(wù)院堅強領(lǐng)導下，貫徹中國共產(chǎn)黨十九大精神。習(xí)近平同志出席。";
        NamedEntities entities = extractor.extract(text);
        assertThat(entities.organizations()).containsExactly("黨中央", "國務(wù)院", "中國共產(chǎn)黨");
        assertThat(entities.people()).containsExactly("習(xí)近平");
        assertThat(entities.places()).isEmpty(); // 中國 of the party is no place
        for (Mention m : entities.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.name());
        }
        // a bracket that holds no syllable is text, read as before
        assertThat(extractor.extract("大同市(GDP)增长，大同市人民政府部署。").organizations()).containsExactly("大同市人民政府");
    }

    @Test
    void shouldNameCommitteesOfAPlaceAndTheirStationedGroupsAndReadOverPartyCommitteesOfATerm() {
        assertThat(extractor.extract("政协湖南省委员会向大会报告工作。").organizations()).containsExactly("政协湖南省委员会");
        assertThat(extractor.extract("区纪委监委驻区政府纪检监察组组长，县人大常委会机关党组书记列席。").organizations())
                .containsExactly("区纪委监委驻区政府纪检监察组", "县人大常委会机关党组");
        // a party committee of a term is a meeting-bound name, read over; the members from a place are no committee
        assertThat(extractor.extract("中国共产党青州市第八届委员会第三次全体会议召开，港澳委员列席。").organizations()).isEmpty();
    }

    @Test
    void shouldTakeNoBodyFromAWordEndingInAnInstitutionNounNorFromACountOfHeads() {
        assertThat(extractor.extract("全省经济格局焕然一新，山西开新局。").organizations()).isEmpty();
        assertThat(extractor.extract("河北任命三位厅长。").organizations()).isEmpty();
        // the same nouns ending a body's name
        assertThat(extractor.extract("山西省统计局发布数据。").organizations()).containsExactly("山西省统计局");
    }

    @Test
    void shouldNotBeginANameInsideAnEverydayWord() {
        assertThat(extractor.extract("党和国家领导同志出席，有关负责同志列席。代表应邀列席，委员关心民生。选举时间为5月，选举方式另定。")
                .people()).isEmpty();
        // 于 of 关于 is no surname there; the name after it is one
        assertThat(extractor.extract("审议关于张明同志任职的决定。").people()).containsExactly("张明");
    }

    @Test
    void shouldNameATownshipsBodiesWrittenByItsLevelAlone() {
        String text = "会后，镇人大将组织代表视察，镇政府负责实施，乡党委作部署。各乡、镇人民政府负责人参加，乡镇政府落实，城乡政府协同。镇人大代表列席。";
        // the township's own bodies; not every township's (各乡、镇), a word holding the level (乡镇, 城乡), nor its deputies
        assertThat(extractor.extract(text).organizations()).containsExactly("镇人大", "镇政府", "乡党委");
        // the office in brackets after the body is its own, in general words: no other name of it
        assertThat(extractor.extract("制定街道人大工委和镇人大（办公室）考评方案。").organizations()).containsExactly("镇人大");
    }

    @Test
    void shouldTakeMountainRangesHallsOnAFloorAndAVenuesWholeNameAfterAPreposition() {
        // each text with the one place a reader takes from it
        java.util.Map<String, String> placeOf = java.util.Map.of(
                "来自天山南北的代表齐聚一堂。", "天山",
                "大会在县委党校二楼报告厅开幕。", "县委党校二楼报告厅",
                "请代表于3日前到华泰国际大酒店报到。", "华泰国际大酒店");
        placeOf.forEach((text, place) -> assertThat(extractor.extract(text).places()).as(text).containsExactly(place));
        // a district's name before the hall says where it stands: a place of its own, not part of the hall's name
        assertThat(extractor.extract("会议在青山钢城礼堂举行。").places()).containsExactly("青山", "钢城礼堂");
    }

    @Test
    void shouldReadAGivenNameOpeningWith一() {
        assertThat(extractor.extract("作者:张一凡 李文\n副省长赵一鸣主持会议。").people()).containsExactly("张一凡", "李文", "赵一鸣");
        // counter-examples: 一 opening a word after a surname's character
        assertThat(extractor.extract("周一上午，会议集于一体化平台审议，进一步推进。").people()).isEmpty();
    }

    @Test
    void shouldNameTheOfficesOfTheCentreByTheirField() {
        assertThat(extractor.extract("国务院台湾事务办公室发言人表示，中央财经委员会办公室负责同志出席。").organizations())
                .containsExactly("国务院台湾事务办公室", "中央财经委员会办公室");
        assertThat(extractor.extract("国务院和中央军委办公室联合发文。").organizations()).doesNotContain("国务院和中央军委办公室");
    }
}

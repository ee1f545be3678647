// The demo service catalogue of Nanhai District: seven departments, the district hall and five
// town/street halls with opening hours, and items with their service guides (办事指南, art. 10).
// Illustrative data modelled on published guides; names, limits and bases are realistic but are
// not the authoritative guides (docs/demo-data.md). Rows are INSERT OR IGNORE: a second run
// changes nothing, and a maintainer's later edits to a row are kept.
#include <string>
#include <utility>
#include <vector>

#include "platform/domain/catalogue.hpp"
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {
namespace {

using nlohmann::json;

// ---- departments ---------------------------------------------------------------------------

struct DemoDepartment {
    const char* code;
    int number;  // the 3-digit department code inside approval codes
    const char* name_zh;
    const char* name_en;
    const char* phone;
};

const std::vector<DemoDepartment> kDepartments{
    {"SCJG", 101, "佛山市南海区市场监督管理局", "Nanhai District Market Supervision Bureau",
     "0757-86280001"},
    {"RSJ", 102, "佛山市南海区人力资源和社会保障局",
     "Nanhai District Human Resources and Social Security Bureau", "0757-86280002"},
    {"GAJ", 103, "佛山市公安局南海分局（户政）",
     "Nanhai Branch of Foshan Public Security Bureau (Household Registration)", "0757-86280003"},
    {"MZJ", 104, "佛山市南海区民政局", "Nanhai District Civil Affairs Bureau", "0757-86280004"},
    {"WJJ", 105, "佛山市南海区卫生健康局", "Nanhai District Health Bureau", "0757-86280005"},
    {"ZJSL", 106, "佛山市南海区住房城乡建设和水利局",
     "Nanhai District Housing, Urban-Rural Development and Water Affairs Bureau", "0757-86280006"},
    {"YBJ", 107, "佛山市南海区医疗保障局", "Nanhai District Healthcare Security Bureau",
     "0757-86280007"},
};

// ---- halls ---------------------------------------------------------------------------------

json opening(std::vector<int> weekdays, const char* open, const char* close) {
    return {{"weekdays", std::move(weekdays)}, {"open", open}, {"close", close}};
}

json weekday_hours(const char* morning_open) {
    return json::array({opening({1, 2, 3, 4, 5}, morning_open, "12:00"),
                        opening({1, 2, 3, 4, 5}, "14:00", "17:30")});
}

json with_saturday_morning(json hours) {
    hours.push_back(opening({6}, "09:00", "12:00"));
    return hours;
}

struct DemoHall {
    const char* code;
    const char* name_zh;
    const char* name_en;
    const char* level;
    const char* address_zh;
    const char* address_en;
    const char* phone;
    json opening_hours;
};

std::vector<DemoHall> demo_halls() {
    return {
        {"NH-DISTRICT", "南海区行政服务中心", "Nanhai District Administrative Service Centre",
         "district", "佛山市南海区桂城街道南海大道北（区行政服务中心大楼）",
         "Nanhai Avenue North, Guicheng Subdistrict, Nanhai District, Foshan", "0757-86338000",
         weekday_hours("09:00")},
        {"NH-GUICHENG", "桂城街道行政服务中心",
         "Guicheng Subdistrict Administrative Service Centre", "town",
         "佛山市南海区桂城街道南平西路",
         "Nanping West Road, Guicheng Subdistrict, Nanhai District, Foshan", "0757-86338101",
         with_saturday_morning(weekday_hours("09:00"))},
        {"NH-DALI", "大沥镇行政服务中心", "Dali Town Administrative Service Centre", "town",
         "佛山市南海区大沥镇广佛路", "Guangfo Road, Dali Town, Nanhai District, Foshan",
         "0757-86338102", with_saturday_morning(weekday_hours("09:00"))},
        {"NH-LISHUI", "里水镇行政服务中心", "Lishui Town Administrative Service Centre", "town",
         "佛山市南海区里水镇里广路", "Liguang Road, Lishui Town, Nanhai District, Foshan",
         "0757-86338103", weekday_hours("08:30")},
        {"NH-SHISHAN", "狮山镇行政服务中心", "Shishan Town Administrative Service Centre", "town",
         "佛山市南海区狮山镇狮山大道", "Shishan Avenue, Shishan Town, Nanhai District, Foshan",
         "0757-86338104", with_saturday_morning(weekday_hours("09:00"))},
        {"NH-XIQIAO", "西樵镇行政服务中心", "Xiqiao Town Administrative Service Centre", "town",
         "佛山市南海区西樵镇樵金路", "Qiaojin Road, Xiqiao Town, Nanhai District, Foshan",
         "0757-86338105", weekday_hours("08:30")},
    };
}

const std::vector<const char*> kTownHalls{"NH-GUICHENG", "NH-DALI", "NH-LISHUI", "NH-SHISHAN",
                                          "NH-XIQIAO"};

// ---- guides --------------------------------------------------------------------------------

json material(const char* zh, const char* en, int copies, bool original, const char* note_zh = "",
              const char* note_en = "") {
    return {{"name_zh", zh},        {"name_en", en},      {"copies", copies},
            {"original", original}, {"note_zh", note_zh}, {"note_en", note_en}};
}

json id_card() {
    return material("申请人居民身份证", "Applicant's resident ID card", 1, true,
                    "窗口核验原件，不收取复印件",
                    "The original is checked at the window; no copy is kept");
}

json application_form(const char* zh, const char* en) {
    return material(zh, en, 1, true, "可在自助终端填写并打印",
                    "Can be filled in and printed at the kiosk");
}

json fee(int amount_cents, const char* note_zh, const char* note_en) {
    return {{"amount_cents", amount_cents}, {"note_zh", note_zh}, {"note_en", note_en}};
}

json free_of_charge() {
    return fee(0, "不收费", "Free of charge");
}

struct Limits {
    int legal;
    int promised;  // 0: settled on the spot
};

struct Methods {
    std::vector<std::string> submission;
    std::vector<std::string> delivery;
};

json guide(json materials, Limits limits, json charge, const Methods& methods, const char* basis_zh,
           const char* basis_en) {
    return {{"materials", std::move(materials)},
            {"legal_limit_working_days", limits.legal},
            {"promised_limit_working_days", limits.promised},
            {"fee", std::move(charge)},
            {"submission_methods", methods.submission},
            {"delivery_methods", methods.delivery},
            {"basis_zh", basis_zh},
            {"basis_en", basis_en}};
}

const Methods kOnSiteOnly{{"on_site"}, {"on_site"}};
const Methods kOnSiteOrOnline{{"on_site", "online"}, {"on_site", "online"}};
const Methods kAnyWay{{"on_site", "express", "online"}, {"on_site", "express", "online"}};
const Methods kOnSiteDeliverAnyWay{{"on_site"}, {"on_site", "express"}};

// ---- items ---------------------------------------------------------------------------------

struct DemoItem {
    const char* code;
    const char* name_zh;
    const char* name_en;
    const char* department;
    const char* level;
    int min_auth_level;
    bool appointment_required;
    json guide;
    std::vector<std::pair<std::string, int>> halls;  // hall code, slot capacity
};

// Town items are served at every town/street hall, and some at the district hall too.
std::vector<std::pair<std::string, int>> town_halls(int capacity, int district_capacity = 0) {
    std::vector<std::pair<std::string, int>> halls;
    if (district_capacity > 0) halls.emplace_back("NH-DISTRICT", district_capacity);
    for (const char* hall : kTownHalls) halls.emplace_back(hall, capacity);
    return halls;
}

std::vector<std::pair<std::string, int>> district_hall(int capacity) {
    return {{"NH-DISTRICT", capacity}};
}

std::vector<DemoItem> market_items() {
    return {
        {"SCJG-001", "个体工商户设立登记", "Registration of an individual business", "SCJG", "town",
         2, false,
         guide({id_card(),
                application_form("个体工商户登记（备案）申请书",
                                 "Individual business registration application form"),
                material("经营场所使用证明", "Proof of the right to use the business premises", 1,
                         false, "租赁合同或房产证明复印件",
                         "Copy of the lease or of the property certificate")},
               {3, 0}, free_of_charge(), kAnyWay,
               "《促进个体工商户发展条例》《中华人民共和国市场主体登记管理条例》",
               "Regulation on Promoting the Development of Individual Businesses; Regulation on "
               "the Registration of Market Entities"),
         town_halls(6, 4)},
        {"SCJG-002", "食品经营许可", "Food business licence", "SCJG", "district", 3, true,
         guide({id_card(),
                application_form("食品经营许可申请书", "Food business licence application form"),
                material("营业执照", "Business licence", 1, false, "复印件，加盖公章",
                         "Copy with the company seal"),
                material("经营场所平面图和设备布局图",
                         "Floor plan and equipment layout of the premises", 1, true),
                material("食品安全管理制度", "Food safety management rules", 1, true)},
               {10, 5}, free_of_charge(), kAnyWay,
               "《中华人民共和国食品安全法》《食品经营许可和备案管理办法》",
               "Food Safety Law of the PRC; Measures for the Administration of Food Business "
               "Licensing and Filing"),
         district_hall(4)},
        {"SCJG-003", "企业名称变更登记", "Change of enterprise name registration", "SCJG",
         "district", 3, true,
         guide({application_form("公司变更登记申请书",
                                 "Company change registration application form"),
                material("股东会决议或股东决定", "Shareholders' resolution or decision", 1, true),
                material("公司章程修正案", "Amendment to the articles of association", 1, true),
                material("营业执照正、副本", "Business licence, original and duplicate", 1, true,
                         "换发新执照时交回", "Returned when the new licence is issued")},
               {3, 1}, free_of_charge(), kAnyWay,
               "《中华人民共和国市场主体登记管理条例》《企业名称登记管理规定》",
               "Regulation on the Registration of Market Entities; Provisions on the Registration "
               "of Enterprise Names"),
         district_hall(3)},
        {"SCJG-004",
         "有限责任公司设立登记",
         "Registration of a limited liability company",
         "SCJG",
         "district",
         3,
         true,
         guide({application_form("公司登记（备案）申请书", "Company registration application form"),
                material("公司章程", "Articles of association", 1, true, "全体股东签署",
                         "Signed by all shareholders"),
                material("股东主体资格证明", "Proof of identity of each shareholder", 1, false),
                material("住所使用证明", "Proof of the right to use the registered address", 1,
                         false)},
               {3, 1}, free_of_charge(), kAnyWay,
               "《中华人民共和国公司法》《中华人民共和国市场主体登记管理条例》",
               "Company Law of the PRC; Regulation on the Registration of Market Entities"),
         {{"NH-DISTRICT", 4}, {"NH-GUICHENG", 2}}},
    };
}

std::vector<DemoItem> social_security_items() {
    return {
        {"RSJ-001", "社会保障卡补换", "Replacement of a social security card", "RSJ", "town", 2,
         false,
         guide({id_card(),
                material("近期免冠彩色证件照", "Recent colour passport-style photo", 1, true,
                         "已有社保照片的可免交", "Not needed if a photo is already on file")},
               {10, 0}, fee(0, "首次申领及损坏换卡免费", "Free for a first card or a damaged card"),
               kOnSiteDeliverAnyWay, "《中华人民共和国社会保险法》及社会保障卡管理有关规定",
               "Social Insurance Law of the PRC and the rules on social security cards"),
         town_halls(4, 6)},
        {"RSJ-002", "失业登记", "Unemployment registration", "RSJ", "town", 1, false,
         guide({id_card(),
                material("解除或终止劳动合同证明", "Proof that the employment contract ended", 1,
                         false, "无法提供的可书面承诺", "A written statement may replace it")},
               {5, 0}, free_of_charge(), kOnSiteOrOnline,
               "《中华人民共和国就业促进法》《就业服务与就业管理规定》",
               "Employment Promotion Law of the PRC; Provisions on Employment Services and "
               "Management"),
         town_halls(4)},
        {"RSJ-003", "失业保险金申领", "Claim for unemployment insurance benefit", "RSJ", "town", 3,
         true,
         guide({id_card(), material("本人社会保障卡或银行账户信息",
                                    "Own social security card or bank account details", 1, true)},
               {10, 5}, free_of_charge(), kOnSiteOrOnline,
               "《中华人民共和国社会保险法》《失业保险条例》",
               "Social Insurance Law of the PRC; Regulation on Unemployment Insurance"),
         town_halls(3, 4)},
    };
}

std::vector<DemoItem> public_security_items() {
    return {
        {"GAJ-001", "居住证签注", "Annual endorsement of a residence permit", "GAJ", "town", 2,
         false,
         guide({id_card(), material("居住证", "Residence permit", 1, true),
                material("居住证明（租赁合同、就业或就读证明之一）",
                         "Proof of residence (lease, employment or study certificate)", 1, false)},
               {15, 0}, free_of_charge(), kOnSiteOnly, "《居住证暂行条例》",
               "Interim Regulation on Residence Permits"),
         town_halls(5)},
        {"GAJ-002", "户口迁入（人才引进）", "Household registration move-in (talent)", "GAJ",
         "district", 3, true,
         guide({id_card(),
                application_form("户口迁移申请表",
                                 "Household registration transfer application form"),
                material("学历或职称证书", "Diploma or professional title certificate", 1, true),
                material("劳动合同及社保缴费证明",
                         "Employment contract and social insurance payment record", 1, false)},
               {20, 10}, free_of_charge(), kOnSiteDeliverAnyWay,
               "《中华人民共和国户口登记条例》及佛山市户籍管理有关规定",
               "Regulation on Household Registration of the PRC and Foshan household registration "
               "rules"),
         district_hall(2)},
        {"GAJ-003", "居民身份证换领", "Renewal of a resident ID card", "GAJ", "town", 1, true,
         guide({id_card(), material("居民户口簿", "Household register booklet", 1, true)}, {60, 15},
               fee(2000, "换领工本费20元", "Renewal fee CNY 20"), kOnSiteDeliverAnyWay,
               "《中华人民共和国居民身份证法》", "Resident Identity Card Law of the PRC"),
         town_halls(6, 6)},
    };
}

std::vector<DemoItem> civil_affairs_items() {
    return {
        {"MZJ-001", "婚姻登记（结婚登记预约）", "Marriage registration (by appointment)", "MZJ",
         "district", 3, true,
         guide(
             {material("双方居民身份证", "Both parties' resident ID cards", 1, true),
              material("双方近期半身免冠合影照片",
                       "Recent joint half-length photos of both parties", 3, true, "2寸", "2-inch"),
              material("无配偶及无禁止结婚亲属关系的签字声明",
                       "Signed declaration of no spouse and no prohibited kinship", 1, true,
                       "在登记处当场签署", "Signed at the registry")},
             {0, 0}, free_of_charge(), kOnSiteOnly, "《婚姻登记条例》",
             "Regulation on Marriage Registration"),
         district_hall(6)},
        {"MZJ-002", "最低生活保障申请", "Application for minimum living allowance", "MZJ", "town",
         3, false,
         guide(
             {id_card(),
              application_form("最低生活保障申请书", "Minimum living allowance application form"),
              material("家庭经济状况核对授权书", "Authorisation to check the household's finances",
                       1, true, "家庭成员均需签名", "Signed by every household member")},
             {30, 20}, free_of_charge(), kOnSiteOnly, "《社会救助暂行办法》",
             "Interim Measures on Social Assistance"),
         town_halls(2)},
    };
}

std::vector<DemoItem> health_items() {
    return {
        {"WJJ-001", "生育登记", "Birth registration (family planning)", "WJJ", "town", 2, false,
         guide({material("夫妻双方居民身份证", "Both spouses' resident ID cards", 1, true),
                material("结婚证", "Marriage certificate", 1, true, "未婚生育的可免交",
                         "Not needed for unmarried parents")},
               {0, 0}, free_of_charge(), kOnSiteOrOnline,
               "《中华人民共和国人口与计划生育法》《广东省人口与计划生育条例》",
               "Population and Family Planning Law of the PRC; Guangdong Population and Family "
               "Planning Regulation"),
         town_halls(4)},
        {"WJJ-002", "出生医学证明补发", "Reissue of a medical birth certificate", "WJJ", "district",
         3, true,
         guide({material("父母双方居民身份证", "Both parents' resident ID cards", 1, true),
                application_form("出生医学证明补发申请表",
                                 "Medical birth certificate reissue application form"),
                material("分娩医院出具的住院分娩证明", "Delivery record from the hospital of birth",
                         1, true)},
               {20, 10}, free_of_charge(), kOnSiteDeliverAnyWay, "《中华人民共和国母婴保健法》",
               "Law of the PRC on Maternal and Infant Health Care"),
         district_hall(2)},
    };
}

std::vector<DemoItem> construction_items() {
    return {
        {"ZJSL-001", "建筑工程施工许可", "Construction permit for a building project", "ZJSL",
         "district", 3, true,
         guide(
             {application_form("建筑工程施工许可证申请表", "Construction permit application form"),
              material("建设工程规划许可证", "Planning permit for the construction project", 1,
                       false),
              material("施工合同", "Construction contract", 1, false),
              material("施工图设计文件审查合格书", "Certificate of approved construction drawings",
                       1, false)},
             {7, 3}, free_of_charge(), kAnyWay,
             "《中华人民共和国建筑法》《建筑工程施工许可管理办法》",
             "Construction Law of the PRC; Measures for the Administration of Construction "
             "Permits"),
         district_hall(2)},
        {"ZJSL-002", "商品房预售许可", "Pre-sale permit for commercial housing", "ZJSL", "district",
         3, true,
         guide({application_form("商品房预售许可申请表", "Pre-sale permit application form"),
                material("建设工程施工许可证", "Construction permit", 1, false),
                material("商品房预售方案", "Pre-sale plan", 1, true)},
               {10, 5}, free_of_charge(), kOnSiteDeliverAnyWay, "《城市商品房预售管理办法》",
               "Measures for the Administration of the Pre-sale of Urban Commercial Housing"),
         district_hall(2)},
    };
}

std::vector<DemoItem> medical_insurance_items() {
    return {
        {"YBJ-001", "城乡居民医保参保登记", "Enrolment in residents' basic medical insurance",
         "YBJ", "town", 1, false,
         guide(
             {id_card(), material("居民户口簿或居住证",
                                  "Household register booklet or residence permit", 1, true)},
             {5, 0},
             fee(0, "登记不收费，保费另行缴纳", "Enrolment is free; premiums are paid separately"),
             kOnSiteOrOnline, "《中华人民共和国社会保险法》", "Social Insurance Law of the PRC"),
         town_halls(4, 4)},
        {"YBJ-002", "异地就医备案", "Registration for medical treatment outside Foshan", "YBJ",
         "town", 2, false,
         guide({id_card(),
                material("异地就医备案表", "Registration form for treatment elsewhere", 1, true)},
               {5, 0}, free_of_charge(), kOnSiteOrOnline,
               "国家医疗保障局、财政部关于跨省异地就医直接结算的有关规定",
               "National Healthcare Security Administration rules on direct settlement of "
               "treatment in other provinces"),
         town_halls(3)},
        {"YBJ-003",
         "门诊特定病种待遇认定",
         "Recognition of outpatient specified-disease benefits",
         "YBJ",
         "district",
         3,
         true,
         guide({id_card(),
                material("二级及以上医院出具的诊断证明",
                         "Diagnosis from a grade II or higher hospital", 1, true),
                material("相关检查报告", "Relevant examination reports", 1, false)},
               {20, 10}, free_of_charge(), kOnSiteDeliverAnyWay,
               "佛山市基本医疗保险门诊特定病种管理有关规定",
               "Foshan rules on outpatient specified diseases in basic medical insurance"),
         {{"NH-DISTRICT", 3}, {"NH-SHISHAN", 2}}},
    };
}

std::vector<DemoItem> demo_items() {
    std::vector<DemoItem> all;
    for (auto part :
         {market_items(), social_security_items(), public_security_items(), civil_affairs_items(),
          health_items(), construction_items(), medical_insurance_items()})
        for (auto& item : part) all.push_back(std::move(item));
    return all;
}

// ---- inserting -----------------------------------------------------------------------------

Result<void, std::string> run(Statement& stmt, const std::string& what) {
    if (auto r = stmt.run(); !r) return fail(what + ": " + r.error().message);
    return {};
}

Result<void, std::string> insert_department(Database& db, const DemoDepartment& d) {
    auto stmt = db.prepare(
        "INSERT OR IGNORE INTO departments (code, number, name_zh, name_en, phone) "
        "VALUES (?,?,?,?,?)");
    if (!stmt) return fail(stmt.error().message);
    stmt->bind(1, d.code).bind(2, d.number).bind(3, d.name_zh).bind(4, d.name_en).bind(5, d.phone);
    return run(*stmt, d.code);
}

Result<void, std::string> insert_hall(Database& db, const DemoHall& h) {
    if (auto valid = validate_opening_hours(h.opening_hours); !valid)
        return fail(std::string{h.code} + ": " + valid.error());
    auto stmt = db.prepare(
        "INSERT OR IGNORE INTO halls (code, name_zh, name_en, level, address_zh, "
        "address_en, phone, opening_hours) VALUES (?,?,?,?,?,?,?,?)");
    if (!stmt) return fail(stmt.error().message);
    stmt->bind(1, h.code).bind(2, h.name_zh).bind(3, h.name_en).bind(4, h.level);
    stmt->bind(5, h.address_zh).bind(6, h.address_en).bind(7, h.phone);
    stmt->bind(8, h.opening_hours.dump());
    return run(*stmt, h.code);
}

Result<void, std::string> insert_item_hall(Database& db, const DemoItem& item,
                                           const std::pair<std::string, int>& hall) {
    auto stmt = db.prepare(
        "INSERT OR IGNORE INTO item_halls (item_code, hall_code, slot_minutes, "
        "slot_capacity) VALUES (?,?,30,?)");
    if (!stmt) return fail(stmt.error().message);
    stmt->bind(1, item.code).bind(2, hall.first).bind(3, hall.second);
    return run(*stmt, std::string{item.code} + " at " + hall.first);
}

Result<void, std::string> insert_item(Database& db, const DemoItem& item) {
    if (auto valid = validate_guide(item.guide); !valid)
        return fail(std::string{item.code} + ": " + valid.error());
    auto stmt = db.prepare(
        "INSERT OR IGNORE INTO items (code, name_zh, name_en, department_code, "
        "level, min_auth_level, appointment_required, guide) "
        "VALUES (?,?,?,?,?,?,?,?)");
    if (!stmt) return fail(stmt.error().message);
    stmt->bind(1, item.code).bind(2, item.name_zh).bind(3, item.name_en).bind(4, item.department);
    stmt->bind(5, item.level)
        .bind(6, item.min_auth_level)
        .bind(7, item.appointment_required ? 1 : 0);
    stmt->bind(8, item.guide.dump());
    if (auto r = run(*stmt, item.code); !r) return r;
    for (const auto& hall : item.halls)
        if (auto r = insert_item_hall(db, item, hall); !r) return r;
    return {};
}

}  // namespace

Result<void, std::string> seed_demo_catalogue(Database& db) {
    for (const auto& d : kDepartments)
        if (auto r = insert_department(db, d); !r) return r;
    for (const auto& h : demo_halls())
        if (auto r = insert_hall(db, h); !r) return r;
    for (const auto& item : demo_items())
        if (auto r = insert_item(db, item); !r) return r;
    return {};
}

}  // namespace nanhai::platform

package gonghui.roster;

import static gonghui.roster.RosterPeople.HEADER;
import static gonghui.roster.RosterPeople.aRowJoinedInTheFuture;
import static gonghui.roster.RosterPeople.aRowTypedCarelessly;
import static gonghui.roster.RosterPeople.aRowWithBadMobile;
import static gonghui.roster.RosterPeople.aRowWithUnknownCategory;
import static gonghui.roster.RosterPeople.aRowWithUnreadableJoinDate;
import static gonghui.roster.RosterPeople.aRowWithWrongBirthDate;
import static gonghui.roster.RosterPeople.aRowWithWrongCheckDigit;
import static gonghui.roster.RosterPeople.aRowWithWrongGender;
import static gonghui.roster.RosterPeople.aRowWithoutName;
import static gonghui.roster.RosterPeople.aValidRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Roster imports and exports through the API as a client would use them, with rows right and wrong, both modes,
 * subtree limits, a crash in the middle and hostile files. Runs on H2 and on PostgreSQL (the COPY path).
 */
abstract class RosterImportScenario {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportChunks chunks;

    @Autowired
    ImportJobs jobs;

    RosterApi admin;
    RosterApi shenyang;
    String shenyangUnion;
    long shenyangUnionId;
    String dalianUnion;
    long dalianUnionId;

    @BeforeEach
    void signIn() {
        admin = RosterApi.signIn(baseUrl(), "admin");
        shenyang = RosterApi.signIn(baseUrl(), "shenyang");
        JsonNode sy = grassrootsUnder("210100");
        shenyangUnion = sy.get("name").asString();
        shenyangUnionId = sy.get("id").asLong();
        JsonNode dl = grassrootsUnder("210200");
        dalianUnion = dl.get("name").asString();
        dalianUnionId = dl.get("id").asLong();
    }

    @AfterEach
    void noCrash() {
        chunks.beforeCheckpoint(() -> {});
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void everyValidRowIsImportedAndEveryBadRowIsListedWithItsColumnAndReason() {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 40; i++) {
            rows.add(aValidRow(shenyangUnion));
        }
        rows.add(aRowWithWrongCheckDigit(shenyangUnion)); // row 42
        rows.add(aRowWithBadMobile(shenyangUnion)); // 43
        rows.add(aRowWithWrongGender(shenyangUnion)); // 44
        rows.add(aRowWithWrongBirthDate(shenyangUnion)); // 45
        rows.add(aRowWithUnreadableJoinDate(shenyangUnion)); // 46
        rows.add(aRowJoinedInTheFuture(shenyangUnion)); // 47
        rows.add(aRowWithoutName(shenyangUnion)); // 48
        rows.add(aRowWithUnknownCategory(shenyangUnion)); // 49
        rows.add(aValidRow(dalianUnion)); // 50: outside Shenyang
        rows.add(aValidRow("没有这个工会")); // 51
        rows.add(new ArrayList<>(rows.get(1))); // 52: same person as row 2
        rows.add(aRowTypedCarelessly(shenyangUnion)); // 53: valid after normalising
        long before = memberCount();

        JsonNode done = shenyang.importAndWait("名册.csv", RosterFiles.csv(rows), null, "insert");

        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("total").asLong()).isEqualTo(52);
        assertThat(done.get("processed").asLong()).isEqualTo(52);
        Map<Long, String> errors = errorsByRow(shenyang, done.get("id").asLong());
        assertThat(done.get("imported").asLong()).as(errors.toString()).isEqualTo(41);
        assertThat(done.get("rejected").asLong()).isEqualTo(11);
        assertThat(memberCount()).isEqualTo(before + 41);
        assertThat(errors)
                .containsEntry(42L, "身份证号：身份证号校验码错误")
                .containsEntry(43L, "手机号：手机号码位数不对")
                .containsEntry(44L, "性别：性别与身份证号不符")
                .containsEntry(45L, "出生日期：出生日期与身份证号不符")
                .containsEntry(47L, "入会日期：入会日期不能晚于今天")
                .containsEntry(48L, "姓名：请填写姓名")
                .containsEntry(52L, "身份证号：与第2行的身份证号重复");
        assertThat(errors.get(46L)).startsWith("入会日期：日期格式无法识别");
        assertThat(errors.get(49L)).startsWith("会员类别：会员类别只能是");
        assertThat(errors.get(50L)).contains("所属工会").contains("不在您的管辖范围内");
        assertThat(errors.get(51L)).contains("没有这个工会").contains("不存在");
        assertThat(errors).hasSize(11);
    }

    @Test
    void newFormsOfEmploymentNeedAKnownOccupationAndNobodyJoinsBeforeSixteen() {
        List<String> rider = aValidRow(shenyangUnion);
        rider.set(7, "新就业形态劳动者");
        List<String> riderWithoutOccupation = aValidRow(shenyangUnion);
        riderWithoutOccupation.set(7, "新就业形态劳动者");
        List<String> riderWithUnknownOccupation = aValidRow(shenyangUnion);
        riderWithUnknownOccupation.set(7, "新就业形态劳动者");
        List<String> tooYoung = aValidRow(shenyangUnion);
        tooYoung.set(8, java.time.LocalDate.parse(tooYoung.get(4)).plusYears(15).toString());
        List<String> header = new ArrayList<>(HEADER);
        header.add("职业/工种");
        List<List<String>> rows = new ArrayList<>(List.of(header));
        for (List<String> row : List.of(rider, riderWithoutOccupation, riderWithUnknownOccupation, tooYoung)) {
            rows.add(new ArrayList<>(row));
        }
        rows.get(1).add("外卖骑手");
        rows.get(2).add("");
        rows.get(3).add("宇航员");
        rows.get(4).add("");

        JsonNode done = shenyang.importAndWait("gig.csv", RosterFiles.csv(rows), null, null);

        Map<Long, String> errors = errorsByRow(shenyang, done.get("id").asLong());
        assertThat(done.get("imported").asLong()).as(errors.toString()).isEqualTo(1);
        assertThat(errors.get(3L)).isEqualTo("职业/工种：新就业形态劳动者须填写职业");
        assertThat(errors.get(4L)).startsWith("职业/工种：新就业形态劳动者的职业只能是");
        assertThat(errors.get(5L)).isEqualTo("入会日期：入会日期早于本人年满16周岁");
    }

    @Test
    void theErrorWorkbookIsTheOriginalRowsWithAReasonAndImportsOnceFixed() throws Exception {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        rows.add(aValidRow(shenyangUnion));
        List<String> badId = aRowWithWrongCheckDigit(shenyangUnion);
        List<String> badMobile = aRowWithBadMobile(shenyangUnion);
        rows.add(badId);
        rows.add(badMobile);
        JsonNode first = shenyang.importAndWait("roster.xlsx", RosterFiles.xlsx(rows), null, null);
        assertThat(first.get("rejected").asLong()).isEqualTo(2);

        long importId = first.get("id").asLong();
        List<String> header = new ArrayList<>(HEADER);
        header.add("错误原因");

        var masked = shenyang.get("/api/v1/member-imports/" + importId + "/errors.xlsx");
        assertThat(masked.status()).isEqualTo(200);
        List<SourceRow> maskedRows = readXlsx(masked.body());
        assertThat(maskedRows.get(0).cells()).isEqualTo(header);
        assertThat(maskedRows.get(1).cell(0)).as("the name stays").isEqualTo(badId.get(0));
        assertThat(maskedRows.get(1).cell(1))
                .as("a federation cadre may not see full ID numbers, not even refused ones")
                .isEqualTo(ErrorWorkbook.mask(badId.get(1)))
                .doesNotContain(badId.get(1).substring(2, 14));
        assertThat(maskedRows.get(2).cell(2)).isEqualTo(ErrorWorkbook.mask(badMobile.get(2)));
        assertThat(maskedRows.get(1).cell(HEADER.size())).contains("第3行").contains("校验码错误");

        var workbook = admin.get("/api/v1/member-imports/" + importId + "/errors.xlsx");
        assertThat(workbook.status()).isEqualTo(200);
        List<SourceRow> errorRows = readXlsx(workbook.body());
        assertThat(errorRows.get(0).cells()).isEqualTo(header);
        assertThat(errorRows.get(1).cells().subList(0, HEADER.size())).isEqualTo(badId);
        assertThat(errorRows.get(1).cell(HEADER.size())).contains("第3行").contains("校验码错误");
        assertThat(errorRows.get(2).cells().subList(0, HEADER.size())).isEqualTo(badMobile);
        assertThat(jdbc.sql("select detail from audit_log where subject_type = 'member-import-errors'"
                                + " and subject_id = :id order by id")
                        .param("id", String.valueOf(importId))
                        .query(String.class)
                        .list())
                .as("both downloads are audited")
                .containsExactly("masked numbers", "full numbers");

        List<List<String>> fixed = new ArrayList<>();
        for (SourceRow row : errorRows) {
            fixed.add(new ArrayList<>(row.cells()));
        }
        List<String> replacement = aValidRow(shenyangUnion);
        fixed.get(1).set(1, replacement.get(1));
        fixed.get(1).set(3, replacement.get(3));
        fixed.get(1).set(4, replacement.get(4));
        fixed.get(1).set(8, replacement.get(8));
        fixed.get(2).set(2, "13912345678");
        JsonNode second = admin.importAndWait("错误行-roster.xlsx", RosterFiles.xlsx(fixed), null, null);

        assertThat(second.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(second.get("imported").asLong()).isEqualTo(2);
        assertThat(second.get("rejected").asLong()).isZero();
    }

    @Test
    void importingTheSameFileTwiceAddsNoOneAndUpsertUpdatesInstead() {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 30; i++) {
            rows.add(aValidRow(shenyangUnion));
        }
        byte[] file = RosterFiles.csv(rows);
        assertThat(shenyang.importAndWait("a.csv", file, null, "insert")
                        .get("imported")
                        .asLong())
                .isEqualTo(30);
        long before = memberCount();

        JsonNode again = shenyang.importAndWait("a.csv", file, null, "insert");
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("rejected").asLong()).isEqualTo(30);
        assertThat(errorsByRow(shenyang, again.get("id").asLong()).get(2L)).contains("已是会员");
        assertThat(memberCount()).isEqualTo(before);

        for (List<String> row : rows.subList(1, rows.size())) {
            row.set(2, "13700001111");
            row.set(5, "满族");
        }
        JsonNode upsert = shenyang.importAndWait("a.csv", RosterFiles.csv(rows), null, "upsert");
        assertThat(upsert.get("updated").asLong()).isEqualTo(30);
        assertThat(upsert.get("imported").asLong()).isZero();
        assertThat(memberCount()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from member where ethnicity = '满族' and mobile_masked = '137****1111'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void upsertNamingAnotherUnionTransfersTheMemberWithHistoryAndMovesTheCounts() {
        var other = jdbc.sql("select o.id, o.name from organization o join organization_closure c"
                        + " on c.descendant_id = o.id and c.ancestor_id = (select p.ancestor_id from"
                        + " organization_closure p where p.descendant_id = :first and p.distance = 2)"
                        + " where o.kind = 'GRASSROOTS' and o.id <> :first order by o.id fetch first 1 rows only")
                .param("first", shenyangUnionId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .single();
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 10; i++) {
            rows.add(aValidRow(shenyangUnion));
        }
        long added = shenyang.importAndWait("a.csv", RosterFiles.csv(rows), null, "insert")
                .get("id")
                .asLong();
        long fromBefore = memberCountOf(shenyangUnionId);
        long toBefore = memberCountOf(other.getKey());

        for (List<String> row : rows.subList(1, 4)) {
            row.set(HEADER.indexOf("所属工会"), other.getValue());
        }
        JsonNode upsert = shenyang.importAndWait("b.csv", RosterFiles.csv(rows), null, "upsert");

        assertThat(upsert.get("updated").asLong()).isEqualTo(10);
        assertThat(memberCountOf(shenyangUnionId)).isEqualTo(fromBefore - 3);
        assertThat(memberCountOf(other.getKey())).isEqualTo(toBefore + 3);
        long moved = jdbc.sql("select id from member where registration_note = :note")
                .param("note", "名册导入 #" + added + " 第2行")
                .query(Long.class)
                .single();
        JsonNode history = shenyang.get("/api/v1/members/" + moved + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("kind").asString()).isEqualTo("JOINED");
        assertThat(history.get(0).get("organizationId").asLong()).isEqualTo(shenyangUnionId);
        assertThat(history.get(1).get("kind").asString()).isEqualTo("TRANSFERRED");
        assertThat(history.get(1).get("organizationId").asLong()).isEqualTo(other.getKey());
        assertThat(history.get(1).get("note").asString())
                .isEqualTo("名册导入 #" + upsert.get("id").asLong() + " 第2行");
    }

    private long memberCountOf(long organizationId) {
        return jdbc.sql("select member_count from organization where id = :id")
                .param("id", organizationId)
                .query(Long.class)
                .single();
    }

    @Test
    void aPersonalNumberPushedIntoTheHeaderRowIsNotKeptInPlainText() {
        List<String> row = aValidRow(shenyangUnion);
        List<String> header = new ArrayList<>(HEADER);
        header.add(row.get(1));
        header.add("电话" + row.get(2));
        JsonNode done = shenyang.importAndWait("torn.csv", RosterFiles.csv(List.of(header, row)), null, null);

        String kept = jdbc.sql("select headers from member_import where id = :id")
                .param("id", done.get("id").asLong())
                .query(String.class)
                .single();
        assertThat(kept).contains("姓名").doesNotContain(row.get(1)).doesNotContain(row.get(2));
        assertThat(done.get("imported").asLong()).isEqualTo(1);
    }

    @Test
    void aCadreCannotImportIntoOrReadAnythingOutsideTheirSubtree() {
        List<List<String>> rows = List.of(HEADER, aValidRow(""));
        assertThat(shenyang.upload("a.csv", RosterFiles.csv(rows), dalianUnionId, null)
                        .status())
                .isEqualTo(404);

        List<String> dalianMember = aValidRow(dalianUnion);
        JsonNode byAdmin = admin.importAndWait("dl.csv", RosterFiles.csv(List.of(HEADER, dalianMember)), null, null);
        assertThat(byAdmin.get("imported").asLong()).isEqualTo(1);
        assertThat(shenyang.get("/api/v1/member-imports/" + byAdmin.get("id").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(shenyang.get("/api/v1/member-imports/" + byAdmin.get("id").asLong() + "/errors")
                        .status())
                .isEqualTo(404);

        List<String> moveToShenyang = new ArrayList<>(dalianMember);
        moveToShenyang.set(9, shenyangUnion);
        JsonNode upsert =
                shenyang.importAndWait("move.csv", RosterFiles.csv(List.of(HEADER, moveToShenyang)), null, "upsert");
        assertThat(upsert.get("updated").asLong()).isZero();
        assertThat(errorsByRow(shenyang, upsert.get("id").asLong()).get(2L)).contains("不在您的管辖范围内");
    }

    @Test
    void rowsWithoutAUnionGoToTheUnionGivenWithTheUpload() {
        List<String> row = aValidRow("");
        JsonNode done = shenyang.importAndWait("a.csv", RosterFiles.csv(List.of(HEADER, row)), shenyangUnionId, null);
        assertThat(done.get("imported").asLong()).isEqualTo(1);
        JsonNode none = shenyang.importAndWait("b.csv", RosterFiles.csv(List.of(HEADER, aValidRow(""))), null, null);
        assertThat(errorsByRow(shenyang, none.get("id").asLong()).get(2L)).isEqualTo("所属工会：请填写所属工会");
    }

    @Test
    void aProcessKilledMidImportLeavesNoHalfChunkAndResumingFinishesWithoutDuplicates() {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 100; i++) {
            rows.add(aValidRow(shenyangUnion));
        }
        rows.add(aRowWithBadMobile(shenyangUnion));
        AtomicInteger commits = new AtomicInteger();
        chunks.beforeCheckpoint(() -> {
            if (commits.incrementAndGet() == 3) {
                throw new SimulatedCrash();
            }
        });
        long before = memberCount();

        var created = shenyang.upload("big.csv", RosterFiles.csv(rows), null, null);
        long id = created.json().get("id").asLong();
        long deadline = System.currentTimeMillis() + 30_000;
        while (commits.get() < 3 && System.currentTimeMillis() < deadline) {
            RosterApi.sleep(100);
        }
        RosterApi.sleep(500);
        chunks.beforeCheckpoint(() -> {});

        assertThat(shenyang.get("/api/v1/member-imports/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RUNNING");
        jobs.interruptStale(Instant.now().plusSeconds(3600));
        JsonNode interrupted = shenyang.get("/api/v1/member-imports/" + id).json();
        assertThat(interrupted.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(interrupted.get("processed").asLong()).isEqualTo(50);
        assertThat(memberCount()).isEqualTo(before + 50);
        assertThat(joinedByImport(id)).isEqualTo(50);
        String waiting =
                new String(readBytes(Path.of(jobs.find(id).orElseThrow().storedFile())), StandardCharsets.ISO_8859_1);
        assertThat(waiting)
                .as("the upload waits on disk encrypted")
                .doesNotContain(rows.get(1).get(1))
                .doesNotContain(rows.get(100).get(1));

        assertThat(shenyang.post("/api/v1/member-imports/" + id + "/resume").status())
                .isEqualTo(202);
        JsonNode done = shenyang.waitUntilFinished(id);

        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("processed").asLong()).isEqualTo(101);
        assertThat(done.get("imported").asLong()).isEqualTo(100);
        assertThat(done.get("rejected").asLong()).isEqualTo(1);
        assertThat(memberCount()).isEqualTo(before + 100);
        assertThat(joinedByImport(id)).isEqualTo(100);
    }

    @Test
    void aCancelledImportStopsAndKeepsWhatWasCommitted() {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 100; i++) {
            rows.add(aValidRow(shenyangUnion));
        }
        AtomicInteger commits = new AtomicInteger();
        chunks.beforeCheckpoint(() -> {
            if (commits.incrementAndGet() == 1) {
                RosterApi.sleep(1500);
            }
        });
        long id = shenyang.upload("c.csv", RosterFiles.csv(rows), null, null)
                .json()
                .get("id")
                .asLong();
        while (commits.get() < 1) {
            RosterApi.sleep(50);
        }
        assertThat(shenyang.post("/api/v1/member-imports/" + id + "/cancel").status())
                .isEqualTo(202);
        JsonNode done = shenyang.waitUntilFinished(id);
        assertThat(done.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(done.get("imported").asLong()).isLessThan(100).isEqualTo(joinedByImport(id));
    }

    @Test
    void aFileThatIsNotWhatItsExtensionSaysIsRefusedAtOnce() {
        byte[] xlsx = RosterFiles.xlsx(List.of(HEADER, aValidRow(shenyangUnion)));
        var asCsv = shenyang.upload("roster.csv", xlsx, null, null);
        assertThat(asCsv.status()).isEqualTo(422);
        assertThat(asCsv.json().get("detail").asString()).contains("与扩展名 .csv 不符");
        var asXls = shenyang.upload("roster.xls", RosterFiles.csv(List.of(HEADER)), null, null);
        assertThat(asXls.status()).isEqualTo(422);
        var pdf = shenyang.upload("roster.pdf", new byte[] {1, 2, 3}, null, null);
        assertThat(pdf.status()).isEqualTo(422);
        assertThat(pdf.json().get("detail").asString()).contains(".xlsx");
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] bomb = zip(Map.of("xl/workbook.xml", workbookXml().getBytes(StandardCharsets.UTF_8)), 50_000_000);
        JsonNode done = shenyang.importAndWait("bomb.xlsx", bomb, null, null);
        assertThat(done.get("status").asString()).isEqualTo("FAILED");
        assertThat(done.get("message").asString()).contains("压缩炸弹");
    }

    @Test
    void aSheetWithAMillionEmptyColumnsIsRefused() throws IOException {
        String wide = HEADER.get(0) + "," + HEADER.get(1) + ",".repeat(1_000_000) + "\r\n";
        JsonNode csv = shenyang.importAndWait("wide.csv", wide.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(csv.get("status").asString()).isEqualTo("FAILED");
        assertThat(csv.get("message").asString()).contains("列");

        StringBuilder sheet = new StringBuilder(sheetStart()).append("<row r=\"1\">");
        sheet.append("<c t=\"inlineStr\"><is><t>姓名</t></is></c><c t=\"inlineStr\"><is><t>身份证号</t></is></c>");
        sheet.append("<c/>".repeat(1_000_000)).append("</row>").append(sheetEnd());
        JsonNode xlsx = shenyang.importAndWait("wide.xlsx", xlsxPackage(sheet.toString()), null, null);
        assertThat(xlsx.get("status").asString()).isEqualTo("FAILED");
        assertThat(xlsx.get("message").asString()).containsAnyOf("最大列数", "压缩炸弹");
    }

    @Test
    void formulasAreNeverTakenAsValues() throws IOException {
        StringBuilder sheet = new StringBuilder(sheetStart()).append("<row r=\"1\">");
        for (String header : HEADER) {
            sheet.append("<c t=\"inlineStr\"><is><t>").append(header).append("</t></is></c>");
        }
        sheet.append("</row>");
        for (int r = 2; r <= 4; r++) {
            sheet.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.append("<c t=\"str\"><f>CONCAT(\"2101\",\"02\")</f><v>210102</v></c>");
            }
            sheet.append("</row>");
        }
        JsonNode done = shenyang.importAndWait(
                "formulas.xlsx", xlsxPackage(sheet.append(sheetEnd()).toString()), null, null);
        assertThat(done.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("imported").asLong()).isZero();
        assertThat(done.get("rejected").asLong()).isEqualTo(3);
        assertThat(errorsByRow(shenyang, done.get("id").asLong()).get(2L)).contains("公式");
    }

    @Test
    void aTruncatedFileIsRefusedWithAClearReason() {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 200; i++) {
            rows.add(aValidRow(shenyangUnion));
        }
        byte[] full = RosterFiles.xlsx(rows);
        byte[] truncated = java.util.Arrays.copyOf(full, full.length / 2);
        JsonNode done = shenyang.importAndWait("cut.xlsx", truncated, null, null);
        assertThat(done.get("status").asString()).isEqualTo("FAILED");
        assertThat(done.get("message").asString()).contains("不完整");
    }

    @Test
    void aFileNameWithFoldersOrControlCharactersIsStoredCleanAndANulByteIsRefusedWithAReason() {
        JsonNode done = shenyang.importAndWait(
                "C:\\fakepath\\名册\u202e.csv", RosterFiles.csv(List.of(HEADER, aValidRow(shenyangUnion))), null, null);
        assertThat(done.get("fileName").asString()).isEqualTo("名册.csv");
        assertThat(done.get("imported").asLong()).isEqualTo(1);

        var nul =
                shenyang.upload("名册\u0000.csv", RosterFiles.csv(List.of(HEADER, aValidRow(shenyangUnion))), null, null);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("detail").asString()).contains("文件名");
    }

    @Test
    void anUploadAboveTheSizeLimitIsRefusedWith413() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            String boundary = "x";
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/member-imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + shenyang.token() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nContent-Length: " + (2L << 30) + "\r\n\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void exportsAreMaskedUnlessTheRoleMaySeeNumbersNeutraliseFormulasAndAreAudited() {
        List<String> row = aValidRow(shenyangUnion);
        row.set(6, "=HYPERLINK(\"http://evil\",\"点我\")");
        List<String> second = aValidRow(shenyangUnion);
        second.set(6, "@SUM(1+1)");
        assertThat(shenyang.importAndWait("x.csv", RosterFiles.csv(List.of(HEADER, row, second)), null, null)
                        .get("imported")
                        .asLong())
                .isEqualTo(2);
        long audits = jdbc.sql("select count(*) from audit_log where subject_type = 'member-export'")
                .query(Long.class)
                .single();
        String query = "&q=" + java.net.URLEncoder.encode(row.get(1), StandardCharsets.UTF_8);

        var masked = shenyang.get("/api/v1/members/export?format=csv" + query);
        assertThat(masked.status()).isEqualTo(200);
        String maskedText = masked.text();
        assertThat(maskedText)
                .contains(row.get(0))
                .doesNotContain(row.get(1))
                .contains(row.get(1).substring(0, 2) + "***************");
        assertThat(maskedText).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");

        var full = admin.get("/api/v1/members/export?format=xlsx" + query);
        assertThat(full.status()).isEqualTo(200);
        List<SourceRow> sheet = readXlsx(full.body());
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1).cell(1)).isEqualTo(row.get(1));
        assertThat(sheet.get(1).cell(2)).isEqualTo(row.get(2));
        assertThat(sheet.get(1).cell(7)).startsWith("'=HYPERLINK");
        assertThat(sheet.get(1).formulaColumns()).isEmpty();

        assertThat(jdbc.sql("select count(*) from audit_log where subject_type = 'member-export'")
                        .query(Long.class)
                        .single())
                .isEqualTo(audits + 2);
        assertThat(shenyang.get("/api/v1/members/export?format=csv&org=" + dalianUnionId)
                        .status())
                .isEqualTo(404);
    }

    /** Thrown by the test where a killed process would simply stop: an Error, which the job does not catch. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    long memberCount() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }

    long joinedByImport(long id) {
        return jdbc.sql("select count(*) from member where registration_note like :note")
                .param("note", "名册导入 #" + id + " %")
                .query(Long.class)
                .single();
    }

    static Map<Long, String> errorsByRow(RosterApi api, long id) {
        JsonNode errors = api.get("/api/v1/member-imports/" + id + "/errors").json();
        Map<Long, String> byRow = new java.util.TreeMap<>();
        for (JsonNode error : errors) {
            byRow.merge(
                    error.get("row").asLong(),
                    error.get("column").asString() + "：" + error.get("message").asString(),
                    (a, b) -> a + "；" + b);
        }
        return byRow;
    }

    static List<SourceRow> readXlsx(byte[] content) {
        try {
            Path file = Files.createTempFile("roster", ".xlsx");
            Files.write(file, content);
            List<SourceRow> rows = new ArrayList<>();
            try (var reader = new XlsxRosterRows(RosterFile.plain(file), RosterProperties.defaults())) {
                SourceRow row;
                while ((row = reader.next()) != null) {
                    rows.add(row);
                }
            } finally {
                Files.delete(file);
            }
            return rows;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String workbookXml() {
        return "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
                + "<sheet name=\"Sheet1\" sheetId=\"1\"/></sheets></workbook>";
    }

    static String sheetStart() {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    static String sheetEnd() {
        return "</sheetData></worksheet>";
    }

    static byte[] xlsxPackage(String sheetXml) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(workbookXml().getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A package whose sheet is {@code sheetBytes} of one repeated byte: it compresses about a thousandfold. */
    static byte[] zip(Map<String, byte[]> parts, int sheetBytes) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int written = 0; written < sheetBytes; written += block.length) {
                zip.write(block);
            }
        }
        return out.toByteArray();
    }

    private JsonNode grassrootsUnder(String regionCode) {
        var adminApi = gonghui.support.ApiClient.signIn(baseUrl(), "admin", "gonghui-demo");
        long root = adminApi.get("/api/v1/organizations")
                .json()
                .get("parent")
                .get("id")
                .asLong();
        long node = -1;
        for (JsonNode city :
                adminApi.get("/api/v1/organizations?parent=" + root).json().get("items")) {
            if (regionCode.equals(city.get("regionCode").asString())) {
                node = city.get("id").asLong();
            }
        }
        while (true) {
            JsonNode children =
                    adminApi.get("/api/v1/organizations?parent=" + node).json().get("items");
            for (JsonNode child : children) {
                if ("GRASSROOTS".equals(child.get("kind").asString())) {
                    return child;
                }
            }
            node = children.get(0).get("id").asLong();
        }
    }
}

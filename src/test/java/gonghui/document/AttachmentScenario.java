package gonghui.document;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.access.Role;
import gonghui.account.AccountRegistration;
import gonghui.account.AccountRegistration.NewAccount;
import gonghui.support.FileClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attachments of supervised tasks through the API: stored sealed, checked by content and size, seen only by whoever
 * sees the task, and every read of personal data audited. Runs on H2 and on PostgreSQL.
 */
abstract class AttachmentScenario {

    static final String TASK = "campaign-task";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRegistration accounts;

    @Value("${gonghui.document.store-dir}")
    Path storeDir;

    FileClient admin;
    FileClient shenyang;
    FileClient dalian;
    long shenyangTask;

    @BeforeEach
    void signInAndAssignATask() {
        String base = "http://localhost:" + port;
        admin = FileClient.signIn(base, "admin", "gonghui-demo");
        shenyang = FileClient.signIn(base, "shenyang", "gonghui-demo");
        dalian = FileClient.signIn(base, "dalian", "gonghui-demo");
        long shenyangCity = jdbc.sql("select id from organization where name = '沈阳市总工会'")
                .query(Long.class)
                .single();
        var task = gonghui.support.ApiClient.signIn(base, "shenyang", "gonghui-demo")
                .post(
                        "/api/v1/tasks",
                        "{\"ownerOrganizationId\":" + shenyangCity + ",\"title\":\"报送学习贯彻情况\",\"dueOn\":\""
                                + LocalDate.now().plusDays(10) + "\"}");
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        shenyangTask = task.json().get("id").asLong();
    }

    @Test
    void aFileIsStoredSealedAndReadBackAsUploadedByWhoeverSeesTheTask() throws IOException {
        byte[] pdf = SampleFiles.pdf();

        var created = upload(shenyang, TASK, shenyangTask, "沈阳市总工会实施方案.pdf", pdf, false);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("kind").asString()).isEqualTo("PDF");
        assertThat(created.json().get("ownerModule").asString()).isEqualTo("campaign");
        assertThat(created.json().get("size").asLong()).isEqualTo(pdf.length);

        var own = shenyang.get("/api/v1/attachments/" + id);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(pdf);
        assertThat(own.contentType()).startsWith("application/pdf");
        assertThat(own.disposition()).startsWith("attachment;").contains("UTF-8''");
        assertThat(admin.get("/api/v1/attachments/" + id).body())
                .as("the province sees the tasks below it")
                .isEqualTo(pdf);
        assertThat(shenyang.get("/api/v1/attachments?ownerType=" + TASK + "&ownerId=" + shenyangTask)
                        .text())
                .contains("沈阳市总工会实施方案.pdf");

        String storedName = jdbc.sql("select stored_name from document_attachment where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        byte[] onDisk = Files.readAllBytes(storeDir.resolve(storedName));
        assertThat(new String(onDisk, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("GHR1");
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    }

    @Test
    void dalianCannotListReadOrAddFilesOfShenyangsTask() {
        long id = upload(shenyang, TASK, shenyangTask, "方案.pdf", SampleFiles.pdf(), false)
                .json()
                .get("id")
                .asLong();

        assertThat(dalian.get("/api/v1/attachments/" + id).status()).isEqualTo(404);
        assertThat(dalian.get("/api/v1/attachments?ownerType=" + TASK + "&ownerId=" + shenyangTask)
                        .status())
                .isEqualTo(404);
        assertThat(upload(dalian, TASK, shenyangTask, "冒名.pdf", SampleFiles.pdf(), false)
                        .status())
                .isEqualTo(404);
        assertThat(upload(shenyang, "no-such-record", shenyangTask, "方案.pdf", SampleFiles.pdf(), false)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRoleThatMayNotChangeRecordsMaySeeButNotAddFiles() {
        long shenyangCity = jdbc.sql("select id from organization where name = '沈阳市总工会'")
                .query(Long.class)
                .single();
        String username = "mediator" + System.nanoTime() % 100_000;
        accounts.register(new NewAccount(username, "Mediator-pass-42", "调解员", shenyangCity, Role.MEDIATOR, false));
        var mediator = FileClient.signIn("http://localhost:" + port, username, "Mediator-pass-42");

        assertThat(upload(mediator, TASK, shenyangTask, "方案.pdf", SampleFiles.pdf(), false)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void everyReadOfAFileMarkedAsPersonalDataIsAudited() {
        long marked = upload(shenyang, TASK, shenyangTask, "签到表.xlsx", SampleFiles.xlsx(), true)
                .json()
                .get("id")
                .asLong();
        long plain = upload(shenyang, TASK, shenyangTask, "照片.png", SampleFiles.image("png"), false)
                .json()
                .get("id")
                .asLong();

        assertThat(admin.get("/api/v1/attachments/" + marked).status()).isEqualTo(200);
        assertThat(shenyang.get("/api/v1/attachments/" + marked).status()).isEqualTo(200);
        assertThat(shenyang.get("/api/v1/attachments/" + plain).status()).isEqualTo(200);

        assertThat(jdbc.sql("select username from audit_log where subject_type = 'attachment' and subject_id = :id"
                                + " and action = 'VIEWED_PERSONAL_DATA' order by id")
                        .param("id", Long.toString(marked))
                        .query(String.class)
                        .list())
                .containsExactly("admin", "shenyang");
        assertThat(jdbc.sql("select count(*) from audit_log where subject_type = 'attachment' and subject_id = :id")
                        .param("id", Long.toString(plain))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(dalian.get("/api/v1/attachments/" + marked).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_log where subject_type = 'attachment' and username = 'dalian'")
                        .query(Long.class)
                        .single())
                .as("a refused read is no read")
                .isZero();
    }

    @Test
    void filesThatAreNotWhatTheirNameSaysProgramsAndOversizedFilesAreRefusedAndLeaveNothingBehind() throws IOException {
        long rows = attachmentCount();
        long files = storedFiles();

        var png = upload(shenyang, TASK, shenyangTask, "会议纪要.pdf", SampleFiles.image("png"), false);
        assertThat(png.status()).isEqualTo(422);
        assertThat(png.json().get("detail").asString()).contains("会议纪要.pdf", ".pdf", ".png");

        var program = upload(shenyang, TASK, shenyangTask, "通知.pdf", SampleFiles.windowsProgram(), false);
        assertThat(program.status()).isEqualTo(422);
        assertThat(program.json().get("detail").asString()).contains("程序");
        assertThat(upload(shenyang, TASK, shenyangTask, "说明.txt", SampleFiles.linuxProgram(), false)
                        .status())
                .isEqualTo(422);
        assertThat(upload(shenyang, TASK, shenyangTask, "方案.docx", SampleFiles.docxWithMacros(), false)
                        .json()
                        .get("detail")
                        .asString())
                .contains("宏");
        assertThat(upload(shenyang, TASK, shenyangTask, "setup.exe", SampleFiles.windowsProgram(), false)
                        .json()
                        .get("detail")
                        .asString())
                .contains(".pdf", ".docx");
        assertThat(upload(shenyang, TASK, shenyangTask, "空.txt", new byte[0], false)
                        .status())
                .isEqualTo(422);

        byte[] tooLong = "会议纪要。".repeat(2 * 1024 * 1024 / 15 + 10).getBytes(StandardCharsets.UTF_8);
        var large = upload(shenyang, TASK, shenyangTask, "纪要.txt", tooLong, false);
        assertThat(large.status()).isEqualTo(422);
        assertThat(large.json().get("detail").asString()).contains("2 MB");
        assertThat(upload(shenyang, TASK, shenyangTask, "纪要.txt", "会议纪要。".getBytes(StandardCharsets.UTF_8), false)
                        .status())
                .as("the same kind within its limit")
                .isEqualTo(201);

        assertThat(attachmentCount()).isEqualTo(rows + 1);
        assertThat(storedFiles()).isEqualTo(files + 1);
    }

    static FileClient.Reply upload(
            FileClient client, String ownerType, long ownerId, String fileName, byte[] content, boolean personalData) {
        return client.upload(
                "/api/v1/attachments",
                java.util.Map.of(
                        "ownerType",
                        ownerType,
                        "ownerId",
                        Long.toString(ownerId),
                        "personalData",
                        Boolean.toString(personalData)),
                fileName,
                content);
    }

    private long attachmentCount() {
        return jdbc.sql("select count(*) from document_attachment")
                .query(Long.class)
                .single();
    }

    private long storedFiles() throws IOException {
        if (!Files.isDirectory(storeDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(storeDir)) {
            return files.count();
        }
    }
}

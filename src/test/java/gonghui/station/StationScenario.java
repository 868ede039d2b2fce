package gonghui.station;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.support.ApiClient;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stations registered by a district federation around a point at sea off Dalian (no demo station within 20 km), found
 * by the finder at fixed times: nearest first, open flags right for weekday hours, night shifts, all-day stations
 * and closure days; a suspended station never shown.
 */
abstract class StationScenario {

    /** 2026-12-02 is a Wednesday. */
    private static final String WEDNESDAY = "2026-12-02";

    private static final double LAT = 39.0;
    private static final double LNG = 121.0;

    @LocalServerPort
    int port;

    @Autowired
    StationFinder finder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StationVisits visits;

    ApiClient dalian;
    long dalianCity;

    @BeforeEach
    void signIn() {
        dalian = ApiClient.signIn(baseUrl(), "dalian", "gonghui-demo");
        dalianCity = jdbc.sql("select id from organization where name = '大连市总工会'")
                .query(Long.class)
                .single();
    }

    @Test
    void theNearestStationsOpenNowComeFirstAtEveryTimeOfTheWeek() {
        registerAroundThePoint();

        assertThat(codes(finder.nearby(LAT, LNG, at(WEDNESDAY + "T10:00"), false, 0)))
                .as("all active stations, nearest first")
                .containsExactly("weekdays", "all-day", "nights", "closed-wednesday");
        assertThat(finder.nearby(LAT, LNG, at(WEDNESDAY + "T10:00"), false, 0))
                .extracting(NearbyStation::openNow)
                .containsExactly(true, true, false, false);
        assertThat(codes(finder.nearby(LAT, LNG, at(WEDNESDAY + "T10:00"), true, 0)))
                .containsExactly("weekdays", "all-day");
        assertThat(codes(finder.nearby(LAT, LNG, at(WEDNESDAY + "T23:30"), true, 0)))
                .containsExactly("all-day", "nights");
        assertThat(codes(finder.nearby(LAT, LNG, at("2026-12-03T02:00"), true, 0)))
                .as("the night shift that began on Wednesday evening")
                .containsExactly("all-day", "nights");
        assertThat(codes(finder.nearby(LAT, LNG, at("2026-12-06T10:00"), true, 0)))
                .as("Sunday")
                .containsExactly("all-day", "closed-wednesday");
        assertThat(codes(finder.nearby(LAT, LNG, at(WEDNESDAY + "T10:00"), false, 2)))
                .containsExactly("weekdays", "all-day");

        List<NearbyStation> nearest = finder.nearby(LAT, LNG, at(WEDNESDAY + "T10:00"), false, 0);
        assertThat(nearest.get(0).distanceMeters()).isBetween(320L, 345L);
        assertThat(nearest.get(0).todayHours()).isEqualTo("08:00–20:00");
        assertThat(nearest.get(1).openAllDay()).isTrue();
        assertThat(nearest.get(3).todayHours()).as("closed today").isNull();
        assertThat(nearest.get(0).navigationUrl()).contains("121.0", "39.003");
    }

    @Test
    void workersRateAndReportProblemsAnonymouslyAFewTimesADayAndOnlyTheStationsUnionReadsThem() {
        long id = created(dalian.post(
                "/api/v1/stations",
                form("rated", ELSEWHERE + 0.05, "08:00-20:00", false).toString()));
        String code = dalian.get("/api/v1/stations/" + id).json().get("code").asString();
        var worker = ApiClient.anonymous(baseUrl());
        String path = "/api/v1/service-stations/" + code + "/feedback";

        assertThat(worker.post(path, "{\"rating\":5}").status()).isEqualTo(201);
        var second = worker.post(path, "{\"rating\":3,\"comment\":\"热水器坏了\"}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("count").asLong()).isEqualTo(2);
        assertThat(second.json().get("average").asDouble()).isEqualTo(4.0);
        var tooLong = worker.post(path, "{\"comment\":\"" + "长".repeat(501) + "\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("detail").asString()).isEqualTo("不能超过500个字");
        assertThat(worker.post(path, "{}").json().get("detail").asString()).isEqualTo("请打分、选择问题或写几句话");
        assertThat(worker.post(path, "{\"problem\":\"LOCKED\"}").status()).isEqualTo(201);
        var fourth = worker.post(path, "{\"problem\":\"NO_WATER\"}");
        assertThat(fourth.status()).isEqualTo(422);
        assertThat(fourth.json().get("detail").asString()).isEqualTo("同一驿站每天最多反映3次，谢谢您的关心");

        org.awaitility.Awaitility.await()
                .alias("the station's union is told of the problem in its inbox, linked to the request it became")
                .until(() -> {
                    int told = 0;
                    for (JsonNode item :
                            dalian.get("/api/v1/notifications?size=100").json().get("items")) {
                        if (item.get("text").asString().equals("驿站反映问题：" + name("rated") + "——锁门进不去")
                                && item.get("link").asString().startsWith("/requests/")) {
                            told++;
                        }
                    }
                    return told == 1;
                });

        var log = dalian.get("/api/v1/stations/" + id + "/feedback").json();
        assertThat(log.size()).isEqualTo(3);
        assertThat(log.get(0).get("problem").asString()).isEqualTo("LOCKED");
        assertThat(log.get(1).get("comment").asString()).isEqualTo("热水器坏了");
        assertThat(ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo")
                        .get("/api/v1/stations/" + id + "/feedback")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from station_feedback where client_hash like '%127.0.0.1%'")
                        .query(Long.class)
                        .single())
                .as("the client's address is kept as a keyed hash only")
                .isZero();
    }

    @Test
    void checkInsAtTheSameMomentAreAllCounted() throws Exception {
        long id = created(dalian.post(
                "/api/v1/stations",
                form("busy", ELSEWHERE + 0.04, "08:00-20:00", false).toString()));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        visits.checkIn(id);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(visits.figures(List.of(id)).get(id)).isEqualTo(new VisitFigures(200, 200));
    }

    @Test
    void theDemoProvinceHasStationsInEveryCityAndSomeOpenAllDay() {
        var stations = ApiClient.signIn(baseUrl(), "admin", "gonghui-demo")
                .get("/api/v1/stations")
                .json();
        assertThat(stations.size()).isGreaterThanOrEqualTo(100);
        List<Boolean> allDay = new ArrayList<>();
        stations.forEach(
                station -> allDay.add(station.get("hours").get("allDay").asBoolean()));
        assertThat(allDay).contains(true, false);
        var nearShenyang = finder.nearby(41.80, 123.43, at(WEDNESDAY + "T12:00"), true, 5);
        assertThat(nearShenyang).hasSize(5).allMatch(NearbyStation::openNow);
    }

    @Test
    void anyoneFindsTheNearestStationsWithoutSigningIn() {
        registerAround(SOUTH);

        var answer = ApiClient.anonymous(baseUrl()).get("/api/v1/stations/nearby?lat=" + (LAT + SOUTH) + "&lng=" + LNG);

        assertThat(answer.status()).isEqualTo(200);
        List<Long> distances = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode item : answer.json().get("items")) {
            distances.add(item.get("distanceMeters").asLong());
            names.add(item.get("name").asString());
        }
        assertThat(names).hasSize(4).doesNotContain(name("suspended"));
        assertThat(distances).isSorted();
        assertThat(ApiClient.anonymous(baseUrl()).get("/api/v1/stations").status())
                .as("the registry itself needs a sign-in")
                .isEqualTo(401);
    }

    @Test
    void aWrongFieldIsNamedWithItsReasonAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from station").query(Long.class).single();

        var badHours = dalian.post(
                "/api/v1/stations",
                form("bad", ELSEWHERE + 0.01, "8点到20点", false).toString());
        assertThat(badHours.status()).isEqualTo(422);
        assertThat(badHours.json().get("detail").asString()).isEqualTo("周一的开放时间“8点到20点”的格式应为 08:00-20:00");

        var swapped = form("bad", ELSEWHERE + 0.01, "08:00-20:00", false)
                .put("latitude", LNG)
                .put("longitude", LAT);
        assertThat(dalian.post("/api/v1/stations", swapped.toString())
                        .json()
                        .get("detail")
                        .asString())
                .startsWith("纬度须在18到54之间");

        var badClosure =
                form("bad", ELSEWHERE + 0.01, "08:00-20:00", false).put("closures", "2027-02-06 2027-02-12 春节\n春节后");
        assertThat(dalian.post("/api/v1/stations", badClosure.toString())
                        .json()
                        .get("detail")
                        .asString())
                .startsWith("闭站日期第2行“春节后”");

        assertThat(jdbc.sql("select count(*) from station").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void anotherCitysCadreNeitherSeesNorChangesTheStationAndAStaleChangeIsRefused() {
        long id = created(dalian.post(
                "/api/v1/stations",
                form("mine", ELSEWHERE + 0.02, "08:00-20:00", false).toString()));
        var shenyang = ApiClient.signIn(baseUrl(), "shenyang", "gonghui-demo");

        assertThat(shenyang.get("/api/v1/stations/" + id).status()).isEqualTo(404);
        assertThat(shenyang.send(
                                "PUT",
                                "/api/v1/stations/" + id + "?version=0",
                                form("taken", ELSEWHERE + 0.02, "08:00-20:00", false)
                                        .toString())
                        .status())
                .isEqualTo(404);
        assertThat(shenyang.get("/api/v1/stations").body()).doesNotContain(name("mine"));

        var changed = dalian.send(
                "PUT",
                "/api/v1/stations/" + id + "?version=0",
                form("renamed", ELSEWHERE + 0.02, "08:00-21:00", false).toString());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo(name("renamed"));
        var stale = dalian.send(
                "PUT",
                "/api/v1/stations/" + id + "?version=0",
                form("lost", ELSEWHERE + 0.02, "08:00-20:00", false).toString());
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.json().get("detail").asString()).contains("刚被其他人修改过");
    }

    @Test
    void aStationsPublicPageShowsItsHoursAndASuspendedOneIsGone() {
        long id = created(dalian.post(
                "/api/v1/stations",
                form("public", ELSEWHERE + 0.03, "08:00-20:00", false).toString()));
        String code = dalian.get("/api/v1/stations/" + id).json().get("code").asString();
        var anonymous = ApiClient.anonymous(baseUrl());
        var page = anonymous.get("/service-stations/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name("public"), "08:00–20:00", "饮用水");

        dalian.send(
                "PUT",
                "/api/v1/stations/" + id + "?version=0",
                form("public", ELSEWHERE + 0.03, "08:00-20:00", false)
                        .put("status", "SUSPENDED")
                        .toString());
        assertThat(anonymous.get("/service-stations/" + code).status()).isEqualTo(404);
    }

    /** Where the tests that are not about distances put their stations, far from the point. */
    private static final double ELSEWHERE = 0.5;

    /** Another point at sea, for the test that reads the finder through the API. */
    private static final double SOUTH = -0.6;

    private void registerAroundThePoint() {
        registerAround(0);
    }

    private void registerAround(double origin) {
        created(dalian.post(
                "/api/v1/stations",
                form("weekdays", origin + 0.003, "08:00-20:00", false)
                        .put("saturday", "")
                        .put("sunday", "")
                        .toString()));
        created(dalian.post(
                "/api/v1/stations", form("all-day", origin + 0.008, "", true).toString()));
        created(dalian.post(
                "/api/v1/stations",
                form("nights", origin + 0.015, "18:00-06:00", false).toString()));
        created(dalian.post(
                "/api/v1/stations",
                form("closed-wednesday", origin + 0.025, "08:00-20:00", false)
                        .put("closures", WEDNESDAY + " " + WEDNESDAY + " 设施维修")
                        .toString()));
        created(dalian.post(
                "/api/v1/stations",
                form("suspended", origin + 0.004, "", true)
                        .put("status", "SUSPENDED")
                        .toString()));
    }

    /** A station a few hundred metres north of the point (0.001° of latitude is about 111 m). */
    private ObjectNode form(String label, double north, String everyDay, boolean allDay) {
        ObjectNode form = JsonNodeFactory.instance
                .objectNode()
                .put("name", name(label))
                .put("organizationId", dalianCity)
                .put("address", "大连湾" + label + "号")
                .put("latitude", LAT + north)
                .put("longitude", LNG)
                .put("openAllDay", allDay)
                .put("servicePhone", "0411-88886666");
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            form.put(day, everyDay);
        }
        form.putArray("facilities").add("rest").add("water").add("charging");
        return form;
    }

    private String name(String label) {
        return "测试驿站-" + label + "-" + getClass().getSimpleName();
    }

    private List<String> codes(List<NearbyStation> stations) {
        String prefix = "测试驿站-";
        String suffix = "-" + getClass().getSimpleName();
        return stations.stream()
                .map(NearbyStation::name)
                .filter(n -> n.startsWith(prefix) && n.endsWith(suffix))
                .map(n -> n.substring(prefix.length(), n.length() - suffix.length()))
                .toList();
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static long created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}

package gonghui.station;

import gonghui.access.CurrentUser;
import gonghui.access.Role;
import gonghui.organization.OrganizationSetup;
import gonghui.shared.DemoMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo stations, after the demo tree exists: a few for every district and county of Liaoning, run by its federation,
 * within a few kilometres of its city's centre; some open 24 hours, some closed on Sundays, one closed for repairs.
 */
@Component
@Order(4)
class DemoStations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStations.class);

    private static final String[] PLACES = {
        "中心广场", "火车站", "物流园", "快递分拨中心", "环卫所", "客运站", "农贸市场", "商业街", "加油站", "工业园", "外卖骑手之家", "地铁站", "医院东门", "体育场",
        "建材市场"
    };
    private static final String[] KINDS = {"爱心驿站", "户外劳动者服务站", "工会驿站", "暖心驿站"};
    private static final List<String> FACILITIES =
            List.of("rest", "toilet", "water", "heating", "cooling", "microwave", "charging", "first-aid", "reading");

    private final DemoMode demoMode;
    private final int count;
    private final JdbcClient jdbc;
    private final OrganizationSetup setup;
    private final Stations stations;

    DemoStations(
            DemoMode demoMode,
            @Value("${gonghui.demo.stations:300}") int count,
            JdbcClient jdbc,
            OrganizationSetup setup,
            Stations stations) {
        this.demoMode = demoMode;
        this.count = count;
        this.jdbc = jdbc;
        this.setup = setup;
        this.stations = stations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.isActive()
                || count <= 0
                || jdbc.sql("select count(*) from station").query(Long.class).single() > 0) {
            return;
        }
        List<String[]> counties = counties();
        if (counties.isEmpty() || setup.findFederation(counties.get(0)[0]).isEmpty()) {
            return;
        }
        Random random = new Random(2024);
        CurrentUser province = new CurrentUser(0, "demo", "演示数据", setup.rootId(), Role.PROVINCE_ADMIN);
        java.util.Map<String, Optional<Long>> federations = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            String[] county = counties.get(i % counties.size());
            Optional<Long> federation = federations.computeIfAbsent(county[0], setup::findFederation);
            if (federation.isEmpty()) {
                continue;
            }
            stations.register(station(i, county, federation.get(), random), province);
        }
        log.info("Demo data: {} service stations", count);
    }

    private static StationForm station(int i, String[] county, long federation, Random random) {
        String district = county[1].replaceAll("(区|县|市)$", "");
        String place = PLACES[random.nextInt(PLACES.length)];
        BigDecimal latitude = jitter(county[2], random);
        BigDecimal longitude = jitter(county[3], random);
        boolean allDay = i % 7 == 0;
        String weekday = random.nextBoolean() ? "07:00-21:00" : "08:00-20:00";
        String weekend = i % 5 == 0 ? "" : "09:00-18:00";
        List<String> facilities = new ArrayList<>(FACILITIES.subList(0, 3));
        for (String facility : FACILITIES.subList(3, FACILITIES.size())) {
            if (random.nextInt(3) > 0) {
                facilities.add(facility);
            }
        }
        return new StationForm(
                district + place + KINDS[random.nextInt(KINDS.length)],
                federation,
                county[1] + place + "旁" + (1 + random.nextInt(200)) + "号",
                latitude,
                longitude,
                allDay,
                weekday,
                weekday,
                weekday,
                weekday,
                weekday,
                weekend,
                i % 3 == 0 ? "" : weekend,
                i == 1 ? "2026-01-01 2027-12-31 设施维修" : null,
                facilities,
                1 + random.nextInt(5),
                "024-" + (23000000 + random.nextInt(999999)),
                StationStatus.ACTIVE);
    }

    /** Within about six kilometres of the city centre. */
    private static BigDecimal jitter(String degrees, Random random) {
        return new BigDecimal(degrees)
                .add(BigDecimal.valueOf((random.nextDouble() - 0.5) * 0.12))
                .setScale(6, RoundingMode.HALF_UP);
    }

    /**
     * Code, name, latitude and longitude of every district and county in the bundled GB/T 2260 list; the list has
     * coordinates for the city centres only, so a county's stations lie around the centre of its city.
     */
    private static List<String[]> counties() {
        try (var in = DemoStations.class.getResourceAsStream("/demo/liaoning-divisions.csv")) {
            if (in == null) {
                return List.of();
            }
            List<String[]> rows = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                rows.add(line.replace("\uFEFF", "").split(",", -1));
            }
            java.util.Map<String, String[]> cities = new java.util.HashMap<>();
            for (String[] row : rows) {
                if (row.length >= 6 && "city".equals(row[2])) {
                    cities.put(row[0], row);
                }
            }
            List<String[]> counties = new ArrayList<>();
            for (String[] row : rows) {
                String[] city = row.length >= 6 ? cities.get(row[3]) : null;
                if ("county".equals(row[2]) && city != null && !city[4].isBlank()) {
                    counties.add(new String[] {row[0], row[1], city[4], city[5]});
                }
            }
            return counties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package gonghui.campaign;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled overdue check; tests switch it off and call it directly. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "gonghui.campaign.scheduling", havingValue = "true", matchIfMissing = true)
class CampaignConfiguration {}

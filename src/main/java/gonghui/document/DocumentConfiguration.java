package gonghui.document;

import gonghui.web.UploadLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentLimits.class)
class DocumentConfiguration {

    /** An attachment upload: the largest file kind plus room for the form around it. */
    @Bean
    UploadLimit attachmentPageUploads(Attachments attachments) {
        return new UploadLimit("/attachments", attachments.largestUpload());
    }

    @Bean
    UploadLimit attachmentApiUploads(Attachments attachments) {
        return new UploadLimit("/api/v1/attachments", attachments.largestUpload());
    }
}

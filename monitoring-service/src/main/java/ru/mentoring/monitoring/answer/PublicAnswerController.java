package ru.mentoring.monitoring.answer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal-link endpoints, open without a token ({@code platform.security.public-paths}); the
 * gateway lets exactly {@code /api/monitoring/public/**} through unauthenticated.
 */
@RestController
@RequestMapping("/api/monitoring/public/answers")
class PublicAnswerController {

    private final AnswerService answers;

    PublicAnswerController(AnswerService answers) {
        this.answers = answers;
    }

    @GetMapping("/{token}")
    PublicQuestionnaire form(@PathVariable String token) {
        return answers.form(token);
    }

    @PostMapping("/{token}")
    ResponseEntity<SubmissionReceipt> submit(@PathVariable String token, @RequestBody AnswerRequest request) {
        SubmissionReceipt receipt = answers.submit(token, request);
        // no Location: the submission is not readable through the link
        return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
    }
}

package ru.nko.platform.system.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nko.platform.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of the REST API is an RFC 9457 problem in Russian, also those the
 * framework answers before a controller is found; checked over a real HTTP connection,
 * because the error dispatch and the server's handling of an unread upload happen only
 * there.
 */
@PlatformTest
class ApiErrorTests {

	private static final String RUSSIAN = "[А-Яа-яЁё]";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertRussianProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(status);
		assertThat((String) JsonPath.read(response.body(), "$.title")).containsPattern(RUSSIAN);
		assertThat((String) JsonPath.read(response.body(), "$.detail")).containsPattern(RUSSIAN);
	}

	@Test
	void aWrongMethodIsA405ProblemInRussian() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/roadmaps").DELETE().build());

		assertRussianProblem(response, 405);
		assertThat(response.headers().firstValue("Allow"))
			.hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
	}

	@Test
	void anAnswerFormatTheApiCannotGiveIsA406ProblemInRussian() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/roadmaps").header("Accept", "text/csv").GET().build());

		assertRussianProblem(response, 406);
	}

	@Test
	void aBodyInAFormatTheEndpointDoesNotTakeIsA415ProblemInRussian() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/problems").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("просто текст"))
			.build());

		assertRussianProblem(response, 415);
	}

	/**
	 * The problems endpoint answers an unreadable body with its documented 422 (other
	 * endpoints: ApiErrorAdviceTests).
	 */
	@Test
	void malformedJsonIsAProblemInRussian() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/problems").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\": "))
			.build());

		assertRussianProblem(response, 422);
	}

	@Test
	void anUnknownApiAddressIsA404ProblemInRussian() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/no-such-thing").GET().build());

		assertRussianProblem(response, 404);
	}

	@Test
	void anUnknownApiAddressAskedForByABrowserIsStillAProblem() throws Exception {
		HttpResponse<String> response = send(
				request("/api/v1/no-such-thing").header("Accept", "text/html").GET().build());

		assertRussianProblem(response, 404);
	}

	/**
	 * Well over the request limit, so that the server cannot read the rest of the body
	 * within Tomcat's default 2 MB.
	 */
	@Test
	void anUploadOverTheLimitIsA413ProblemTheClientCanRead() throws Exception {
		HttpResponse<String> response = send(upload(request("/api/v1/roadmaps/import"), 40));

		assertRussianProblem(response, 413);
		assertThat((String) JsonPath.read(response.body(), "$.detail")).contains("25 МБ");
	}

	/**
	 * The form's CSRF token sits in the body the server refuses to read: still "too
	 * large", not "access denied".
	 */
	@Test
	void anUploadOverTheLimitFromAPageFormGetsTheRussian413Page() throws Exception {
		HttpResponse<String> response = send(
				upload(request("/admin/roadmaps/import").header("Accept", "text/html"), 26));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Файл слишком большой").contains("25 МБ");
	}

	private static HttpRequest upload(HttpRequest.Builder request, int megabytes) {
		String boundary = "nko-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + megabytes * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	@Test
	void pagesKeepTheirRussianErrorPages() throws Exception {
		HttpResponse<String> response = send(request("/no-such-page").header("Accept", "text/html").GET().build());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Страница не найдена");
	}

}

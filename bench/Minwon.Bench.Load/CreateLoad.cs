using System.Diagnostics;
using System.Net.Http.Json;

namespace Minwon.Bench.Load;

/// <summary>N concurrent clients filing complaints through POST /api/v1/complaints for a fixed time per level.</summary>
static class CreateLoad
{
    static readonly string[] Types = ["Question", "Proposal", "Grievance", "Other", "LegalQuestion"];
    static readonly string[] Surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"];
    static readonly string[] Given = ["민준", "서연", "도윤", "하은", "예준", "지우", "시우", "수아", "주원", "지민", "영수", "순자", "정희", "현우"];
    static readonly string[] Places = ["한빛로", "중앙로", "동부길", "새마을로", "군청 앞", "읍사무소 옆", "초등학교 앞", "시장 입구", "버스터미널", "체육공원"];
    static readonly (string Title, string Body)[] Topics =
    [
        ("도로 파손 신고", "{0} {1}번지 앞 도로가 파여 차량이 지나갈 때마다 큰 소리가 납니다. 야간에는 잘 보이지 않아 사고가 날까 걱정입니다."),
        ("불법 주정차 단속 요청", "{0} 주변에 아침 8시부터 불법 주차 차량이 줄지어 있어 아이들이 차도로 걸어 다닙니다. {1}일째 계속되고 있으니 단속을 부탁드립니다."),
        ("쓰레기 미수거", "{0} {1}번지 재활용 쓰레기가 두 주째 수거되지 않았습니다. 악취가 심하고 길고양이가 봉투를 찢어 놓습니다."),
        ("가로등 고장", "{0} 가로등 {1}개가 꺼져 밤길이 너무 어둡습니다. 학생들이 귀가하는 길이라 빠른 수리를 요청합니다."),
        ("버스 배차 간격 건의", "{0} 정류장의 배차 간격이 {1}분이 넘어 출근 시간에 지각하는 주민이 많습니다. 오전 시간대 증차를 건의합니다."),
        ("공사 소음", "{0} 공사장에서 새벽 {1}시부터 작업을 시작해 잠을 잘 수 없습니다. 작업 시간을 지켜 주시기 바랍니다."),
        ("기초연금 신청 문의", "어머니께서 올해 만 65세가 되셨습니다. {0} 근처에 사시는데 기초연금 신청 서류와 방문 장소를 알려 주세요. 문의 번호 {1}."),
        ("도서관 운영시간 건의", "{0} 도서관이 평일 {1}시에 문을 닫아 직장인은 이용하기 어렵습니다. 저녁 연장 운영을 건의합니다."),
        ("재산세 산정 문의", "{0} 주택의 재산세가 작년보다 {1}% 올랐습니다. 과세표준 산정 근거를 알고 싶습니다."),
        ("경로당 난방 고충", "{0} 경로당 난방기가 {1}일째 고장 나 어르신들이 추위에 떨고 계십니다. 도와주세요."),
    ];

    public static async Task<int> RunAsync(Options o)
    {
        var url = o.LoopbackUrl();
        var levels = o.Get("clients", "1,4,16").Split(',').Select(int.Parse).ToArray();
        var seconds = o.Int("seconds", 10);
        var warmup = o.Int("warmup", 2);
        var categories = ParseRange(o.Get("categories", "1-13"));
        var idempotency = !o.Flag("no-idempotency");

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        var target = new Uri(url, "/api/v1/complaints");

        Console.WriteLine($"create: POST {target}  {seconds} s per level, warm-up {warmup} s, Idempotency-Key {(idempotency ? "on" : "off")}");
        if (warmup > 0) await LevelAsync(http, target, 2, TimeSpan.FromSeconds(warmup), categories, idempotency, 0);

        Console.WriteLine($"{"clients",7} {"requests",9} {"req/s",8} {"errors",7}  latency");
        var level = 1;
        foreach (var clients in levels)
        {
            var r = await LevelAsync(http, target, clients, TimeSpan.FromSeconds(seconds), categories, idempotency, level++);
            Console.WriteLine($"{clients,7} {r.Ok,9} {r.Ok / r.Elapsed.TotalSeconds,8:0.0} {r.Errors,7}  {Stats.Summary(r.Latencies)}"
                + (r.FirstError is null ? "" : $"  first error: {r.FirstError}"));
        }
        return 0;
    }

    sealed record LevelResult(int Ok, int Errors, TimeSpan Elapsed, List<double> Latencies, string? FirstError);

    static async Task<LevelResult> LevelAsync(HttpClient http, Uri target, int clients, TimeSpan duration, int[] categories, bool idempotency, int level)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            var random = new Random(level * 1000 + w);
            var latencies = new List<double>(4096);
            int ok = 0, errors = 0, n = 0;
            string? firstError = null;
            while (Stopwatch.GetTimestamp() < stop)
            {
                var body = Complaint(random, categories, $"{level}-{w}-{n++}");
                using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = JsonContent.Create(body) };
                if (idempotency) request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if ((int)response.StatusCode == 201) { ok++; latencies.Add(ms); }
                    else { errors++; firstError ??= $"HTTP {(int)response.StatusCode}"; }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors++; firstError ??= e.GetType().Name + ": " + e.Message;
                }
            }
            return (ok, errors, latencies, firstError);
        })).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new LevelResult(results.Sum(r => r.ok), results.Sum(r => r.errors), elapsed,
            results.SelectMany(r => r.latencies).ToList(), results.Select(r => r.firstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>A realistic complaint; the unique tag keeps every body distinct (no accidental duplicates).</summary>
    static object Complaint(Random r, int[] categories, string tag)
    {
        var (title, body) = Topics[r.Next(Topics.Length)];
        var place = Places[r.Next(Places.Length)];
        return new
        {
            type = Types[r.Next(Types.Length)],
            categoryId = categories[r.Next(categories.Length)],
            title = $"{place} {title}",
            body = string.Format(body, place, r.Next(2, 300)) + $" (접수 참고번호 {tag})",
            name = Surnames[r.Next(Surnames.Length)] + Given[r.Next(Given.Length)],
            phone = $"010-{r.Next(2000, 9999)}-{r.Next(1000, 9999)}",
            consent = true,
        };
    }

    static int[] ParseRange(string s) => s.Split(',').SelectMany(part =>
    {
        var bounds = part.Split('-');
        return bounds.Length == 2 ? Enumerable.Range(int.Parse(bounds[0]), int.Parse(bounds[1]) - int.Parse(bounds[0]) + 1) : [int.Parse(part)];
    }).ToArray();
}

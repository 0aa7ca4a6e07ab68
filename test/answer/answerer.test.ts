import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { questionKinds } from '../../src/answer/intent.ts';
import { loadKnowledge } from '../../src/content/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/tutor.ts';

const knowledge = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const answerer = createAnswerer(knowledge);
const ask = (q: string) => answerer.answer(q);

describe('answering', () => {
  it('finds the same section however the question is spaced or inflected', () => {
    for (const q of ['스팟 인스턴스는 언제 써?', '스팟인스턴스 언제씀', '스팟 인스턴스를 쓰기 좋은 경우', 'when should I use spot instances'])
      expect(ask(q).sectionId, q).toBe('3.3');
  });

  it('corrects typos in English and Korean', () => {
    expect(ask('dokcer가 뭐야').sectionId).toBe('4.2');
    expect(ask('kubernates pod').sectionId).toBe('4.5');
    expect(['3.1', '3.2', '3.3']).toContain(ask('온디멘드 인스턴스 장점').sectionId);
  });

  it('leaves real English words as typed instead of "correcting" them into module words', () => {
    // Each of these is one edit from a module word (save, patch, fixed, setting, move, wasting).
    for (const q of ['the same path for every team', 'a mixed group of machines', 'getting started with plans', 'a movie night', 'lasting habits'])
      expect(answerer.index.search(q).corrected, q).toEqual([]);
    // Misspelt module words are still corrected.
    expect(answerer.index.search('dockre image').corrected).toEqual([['dockre', 'docker']]);
    expect(answerer.index.search('contaner image').corrected).toEqual([['contaner', 'container']]);
    // A typo that ends like a particle ("컨테이나": no 컨테 + 이나); a word with a real particle stays.
    expect(answerer.index.search('컨테이나 안에 뭐 들어감').corrected).toEqual([['컨테이나', '컨테이너']]);
    expect(answerer.index.search('자동 조정으로 비용 줄이기').corrected).toEqual([]);
  });

  it('does not count a typed @mention or filler words against the question', () => {
    const plain = ask('what does ECR do');
    const chatty = ask('@tutor what does ECR actually do');
    expect(chatty.answered).toBe(true);
    expect(chatty.sectionId).toBe(plain.sectionId);
  });

  it('corrects a Korean word with one wrong syllable, but not a compound of known syllable pairs', () => {
    expect(ask('컨테이녀 이점 알려줘').sectionId).toBe('4.1');
    expect(ask('쿠버네티즈 파드').sectionId).toBe('4.5');
    // A run-together compound of words the module uses is read as it is, not "corrected".
    expect(ask('스팟인스턴스언제씀').sectionId).toBe('3.3');
  });

  it('declines setting up a tool the module never names, even beside a module word; answers setting up what it teaches', () => {
    for (const q of ['EKS에 karpenter 설치하는 법', 'how to install flux on an ECS cluster']) expect(ask(q).answered, q).toBe(false);
    for (const q of ['how to set up an ECS cluster with Fargate', '빈스톡 환경 구성하는 법']) expect(ask(q).answered, q).toBe(true);
    // A Korean word the module never uses, as what is set up, is such a tool too; beside the verb otherwise, it is not.
    expect(ask('ECS 클러스터 카펜터 설정 방법').answered).toBe(false);
    expect(ask('태그 예시로 뭐 붙이라고 했지').answered).toBe(true);
  });

  it('declines steps or a place asked for a product the module never names (a capitalised name mid-sentence)', () => {
    for (const q of ['Fleet Manager로 ec2 접속하는 방법', 'EC2 크기 추천은 Cost Anomaly Detection 어디서 봐?']) {
      expect(answerer.index.search(q).unknownNames.length, q).toBeGreaterThan(0);
      expect(ask(q).answered, q).toBe(false);
    }
    // A word that is neither English nor the module's, beside a how-to, is such a tool too.
    for (const q of ['ec2 리눅스에서 systemctl로 서비스 등록하는 법', 'how do I use tmux on my ec2 instance']) expect(ask(q).answered, q).toBe(false);
    // The module's own names, capitalised or not, keep their how-to answers.
    for (const q of ['How do I launch an EC2 instance with a Key Pair?', 'Elastic Beanstalk에 코드 올리는 방법']) expect(ask(q).answered, q).toBe(true);
  });

  it("answers one term's use cases from that term's heading, even when a list or examples are asked", () => {
    for (const q of ['온디멘드 사용 사례 예시', '온디맨드 쓰기 딱 좋은 케이스 몇개']) {
      const r = ask(q);
      expect(r.sectionId, q).toBe('3.3');
      expect(r.answer, q).toMatch(/^온디맨드 인스턴스 요금은 급증하는 워크로드/);
      expect(r.answer, q).not.toMatch(/스팟|요금 모델\(/);
    }
    // Several terms asked together still get every term's use cases.
    expect(ask('on demand vs spot vs reserved use cases').answer).toMatch(/온디맨드.*스팟|스팟.*온디맨드/s);
  });

  it('answers a section named by its number from that section, and says when there is no such section', () => {
    for (const [q, id] of [['섹션3 요약좀', '3'], ['section 4 summary', '4'], ['§3.3 정리해줘', '3.3'], ['3.4.2절 내용 알려줘', '3.4.2']]) {
      const r = ask(q);
      expect(r.sectionId, q).toBe(id);
      expect(r.answered).toBe(true);
    }
    // A question that also asks about something goes through the search as usual.
    expect(ask('섹션 3.3에서 스팟 인스턴스는 언제 써?').answer).toMatch(/스팟 인스턴스/);
    const none = ask('섹션 9 요약');
    expect(none.answered).toBe(false);
    expect(none.answer).toMatch(/§9/);
  });

  it('understands Korean spellings of English terms and the reverse', () => {
    expect(ask('파게이트 시작 유형').sectionId).toBe('4.4.2');
    expect(ask('빈스톡은 누가 관리해?').sectionId).toMatch(/^(6|1\.2)$/);
    expect(ask('what is a hypervisor').sectionId).toBe('4.3');
  });

  it('answers a definition question with the definition, not the whole section', () => {
    const r = ask('하이퍼바이저가 뭐야?');
    expect(r.answer).toMatch(/^하이퍼바이저.*가상 머신 모니터/);
    expect(r.answer.length).toBeLessThan(knowledge.byId.get('4.3')!.body.length / 3);
  });

  it('answers a comparison with the passage that compares, not a section summary', () => {
    const r = ask('dedicated host vs dedicated instance');
    expect(r.sectionId).toBe('3.1');
    expect(r.answer).toMatch(/전용 호스트/);
    expect(r.answer).toMatch(/전용 인스턴스/);
    expect(r.answer).toMatch(/차이/);
    expect(ask('컨테이너와 가상 머신 차이').answer).not.toMatch(/이 섹션에서는/);
  });

  it('answers with the passage and cites its section', () => {
    const r = ask('스팟 인스턴스는 중단 전에 경고가 와?');
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('2분');
    expect(r.title).toBe(knowledge.byId.get(r.sectionId!)!.title);
    expect(r.related.length).toBeLessThanOrEqual(3);
    expect(r.related).not.toContain(r.sectionId);
  });

  it('says when an answer comes from a supplementary section', () => {
    const r = ask('람다 함수 최대 실행 시간은?');
    expect(r.sectionId).toBe('5');
    expect(r.answer).toMatch(/보충 자료/);
  });

  it('abstains on questions outside the module, in the asker\'s language', () => {
    for (const q of ['내일 부산 날씨', '짜장면 맛집 추천', 'Azure VM 가격', 'GCP Cloud Run 설정', '자바스크립트 배열 정렬', 'Who won the World Cup?', 'asdfghjkl', 'ㅋㅋㅋㅋㅋ']) {
      const r = ask(q);
      expect(r.answered, q).toBe(false);
      expect(r.sectionId, q).toBeNull();
    }
    expect(ask('Who won the World Cup?').answer).toMatch(/isn't covered/);
    expect(ask('내일 부산 날씨').answer).toMatch(/다루지 않는/);
  });

  it('greets with help rather than a section', () => {
    for (const q of ['안녕', '안녕하세요!', 'hello', 'help', '도움말']) {
      const r = ask(q);
      expect(r.kind, q).toBe('help');
      expect(r.answered).toBe(false);
    }
    expect(ask('hello').answer).toMatch(/\/quiz/);
  });

  it('asks for a shorter message when one is too long', () => {
    const r = ask('스팟 '.repeat(30_000));
    expect(r.answered).toBe(false);
    expect(r.answer).toMatch(/너무 깁니다/);
  });

  it('never throws on any input and always returns the contract shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
        const r = ask(s);
        expect(typeof r.answered).toBe('boolean');
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(typeof r.answer).toBe('string');
        if (r.answered) expect(knowledge.byId.has(r.sectionId!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('resolves quiz topics to sections', () => {
    expect(answerer.resolveTopic('3.3')).toEqual(['3.3']);
    expect(answerer.resolveTopic('도커')[0]).toBe('4.2');
    expect(answerer.resolveTopic('날씨')).toEqual([]);
  });

  it('declines a question about something the module does not teach, even beside a module word', () => {
    for (const q of ['ECS 서비스에 ALB 붙이는 법', 'EBS 스냅샷 다른 리전으로 복사하는 법', 'Terraform으로 EC2 띄우는 코드 짜줘', 'EKS 컨트롤 플레인 시간당 요금 얼마야?'])
      expect(ask(q).answered, q).toBe(false);
    // ...while the module's own price questions stay answered.
    expect(ask('빈스톡 자체 요금 따로 있어?').sectionId).toBe('6');
  });

  it("declines the features of the module's own services that it does not teach, from the catalogue", () => {
    for (const q of ['람다 SnapStart 켜면 콜드스타트 줄어?', 'EKS에서 HPA로 파드 늘리는 법', 'EC2 IMDSv2 강제하는 방법', '빈스톡 ebextensions 파일 어디 둬?', 'EC2에 MySQL 설치하는 법'])
      expect(ask(q).answered, q).toBe(false);
    // The module's own uses stay answered: storing on EBS, EC2 as a database server, Marketplace AMIs.
    for (const q of ['데이터를 EBS에 저장하면 비용 얼마야?', 'EC2를 데이터베이스 서버로 써도 돼?', 'AWS Marketplace AMI가 뭐야'])
      expect(ask(q).answered, q).toBe(true);
  });

  it('reads the module named in a question as where, not what, unless the module itself is asked about', () => {
    for (const q of ['모듈 6에 나오는 aws 컴퓨팅 서비스들 목록 알려줘', 'module 6 aws compute services list']) expect(ask(q).sectionId, q).toBe('1.1');
    expect(ask('이 모듈에서 스팟 인스턴스 언제 써?').sectionId).toBe('3.3');
    for (const q of ['모듈 6에서 배우는 주제 뭐야', 'what does module 6 cover']) expect(ask(q).answer, q).toMatch(/배우는 주제/);
  });

  it('answers a situation told at length in everyday English around the module\'s terms, not chat that names one term', () => {
    expect(ask('we keep a nightly analytics job whose results land in S3 and it is fine if a worker gets killed halfway, which ec2 pricing model fits?').sectionId).toBe('3.3');
    expect(ask('Is cost optimization something you finish once, and is it better if one specific team owns it?').sectionId).toBe('3.5');
    for (const q of ['write me a poem about docker', 'can you recommend a good movie about containers on ships', 'my cat keeps sleeping on the laptop, is that like a spot instance?'])
      expect(ask(q).answered, q).toBe(false);
  });

  it('summarises the section asked about, or one enclosing it whose title fits better, never a section that only shares a word', () => {
    expect(ask('스팟 인스턴스 요약').sectionId).toMatch(/^3\./);
    expect(ask('도커 요약해줘').sectionId).toBe('4.2');
    expect(ask('EC2 비용 최적화 요약').sectionId).toBe('3');
  });

  it('reads an answer style glued to its word ("한줄정의", "간단설명") as how it is asked', () => {
    expect(ask('쿠버네티스 한줄정의').answer).toMatch(/^Kubernetes는 컨테이너 오케스트레이션/);
    expect(ask('스팟 간단설명').answer).toMatch(/^스팟 인스턴스/);
  });

  it('declines a definition asked of a name the module never uses, beside a module word', () => {
    for (const q of ['ubuntu ec2에서 chown 뜻이 뭐임', 'what does nohup mean on ec2']) expect(ask(q).answered, q).toBe(false);
    for (const q of ['t3.micro가 뭐야', 'what is a dedicated host']) expect(ask(q).answered, q).toBe(true);
  });

  it('reads "어떤 서비스가 …해?" as asking which one, and "어떤 것들이 있어?" as asking for the list', () => {
    expect(ask('어떤 서비스가 Docker 이미지를 저장해줘?').answer).toMatch(/^Amazon Elastic Container Registry/);
    expect(questionKinds('어떤 서비스가 Docker 이미지를 저장해줘?')).not.toContain('list');
    for (const q of ['AWS 컴퓨팅 서비스 어떤 것들이 있어?', '요금 모델은 어떤 종류가 있어?', '컨테이너 서비스는 어떤 게 있어']) expect(questionKinds(q), q).toContain('list');
  });

  it('answers "which service does …" with the passage naming the service, from a close section', () => {
    expect(ask('what service gives me a hybrid cloud with VMware').answer).toMatch(/^VMware Cloud on AWS:/);
    expect(ask('we need some AWS services to run inside our own data center, which service does that?').answer).toMatch(/^AWS Outposts:/);
    expect(ask('온프레미스 데이터센터에서 AWS 서비스 쓰려면 어떤 AWS 서비스 써야 돼?').answer).toMatch(/^AWS Outposts:/);
  });

  it('does not count adverbs, course words or a polite ending against a question', () => {
    for (const q of ['컨테이너가 정확히 뭔지 설명 좀 해주세요', '강의 슬라이드에 나온 스팟 인스턴스 사용 사례', 'how long does it take for a container to start up']) expect(ask(q).answered, q).toBe(true);
    // A word the module itself uses is a word, not filler: "비용이 많이 듦" (§2.1).
    expect(ask('데이터센터 운영비 왜 이렇게 많이 들어').sectionId).toBe('2.1');
  });

  it('counts the words of a several-word term as that term, and corrects plural typos', () => {
    expect(ask('why would a company choose a dedicated host, any benefit?').answered).toBe(true);
    expect(answerer.index.search('the four pilars').corrected).toEqual([['pilar', 'pillar']]);
    expect(ask('list the four pilars of EC2 cost optimization').sectionId).toBe('3.4');
  });

  it('carries the example that follows the passage it answers with ("예를 들어, …")', () => {
    const r = ask('요금 모델 정할 때 아키텍처까지 봐야 하는 이유');
    expect(r.sectionId).toBe('3.4.3');
    expect(r.answer).toMatch(/애플리케이션 아키텍처[\s\S]*예를 들어[\s\S]*AWS Lambda/);
  });

  it('compares what was asked, not a neighbouring pair ("컨테이너 vs VM", not VM- vs container-based deployment)', () => {
    for (const q of ['vm vs 컨테이너 뭐가 달라', 'VM하고 컨테이너 차이가 뭐에요']) expect(ask(q).answer, q).toMatch(/^컨테이너와 가상 머신의 한 가지 중요한 차이점으로[\s\S]*Docker 데몬/);
    expect(ask('VM 기반 배포랑 컨테이너 기반 배포 차이').answer).toMatch(/^VM 기반 배포와 컨테이너 기반 배포의 차이/);
  });

  it("declines asking for another tool's command, and keeps AWS's and Docker's", () => {
    for (const q of ['우분투에서 디스크 용량 확인하는 명령어', 'what command shows running processes on my ec2 box']) expect(ask(q).answered, q).toBe(false);
    for (const q of ['docker 명령어로 뭘 할 수 있음', 'aws cli로 인스턴스 시작하는 명령어']) expect(ask(q).answered, q).toBe(true);
  });

  it('knows everyday English for what the notes say ("IT folks", "concept")', () => {
    expect(ask('serverless is still a new concept for most IT folks, right?').sectionId).toBe('1.2');
  });

  it('reads what is asked from the sentence that asks, not from context said after it', () => {
    expect(ask('AMI가 뭐야? 콘솔에서 인스턴스 띄울 때 계속 보이던데').answer).toMatch(/^AMI\(Amazon Machine Image\): .*가상 머신 템플릿/);
    expect(ask('EC2에서 Elastic은 무슨 의미임?').answer).toMatch(/^Elastic\(EC2의 E\)/);
  });

  it('reads "typical uses of" as the use cases, though "use" alone is how people ask', () => {
    expect(ask('name the typical uses of EC2 instances').answer).toMatch(/일반적인 용도는 애플리케이션 서버/);
  });

  it('answers in one passage when one line is asked for', () => {
    expect(ask('쿠버네티스 한줄정의').answer.split('\n\n')[0]).toBe('Kubernetes는 컨테이너 오케스트레이션을 위한 오픈 소스 소프트웨어임.');
    expect(ask('쿠버네티스가 뭐야').answer.split('\n\n')[0]).toContain('•');
    expect(ask('what is docker in one sentence').answer.split('\n\n')[0]).not.toContain('•');
  });

  it('knows chat forms of what the notes say (대기업 for 대규모 고객, "…해두면 끝이야?" for 일회성)', () => {
    expect(ask('큰 회사가 탄력성 시작하려면 뭐부터 건드리는게 제일 쉬움?').sectionId).toBe('3.4.2');
    expect(ask('비용 최적화 제대로 해두면 끝이지?').answer).toMatch(/일회성/);
  });

  it('takes the sentence that asks as the question when the rest of the message is context', () => {
    const r = ask('도커를 한 문장으로 정의하면? 팀 신입한테 알려줘야 해서');
    expect(r.sectionId).toBe('4.2');
    expect(r.answer).toMatch(/Docker: 소프트웨어/);
    // …and a message whose asking sentence is outside the module stays declined.
    expect(ask('EC2 공부 중인데요. 오늘 점심 뭐 먹지?').answered).toBe(false);
  });

  it('reads hyphenated English ("cost-to-performance") as English words, and as the notes\' 비용 대비 성능', () => {
    expect(ask('how do I pick the instance size with the best cost-to-performance for our service?').sectionId).toBe('3.4.1');
  });

  it('takes a term said with another concept ("스팟 2분") as more than the bare term', () => {
    expect(ask('스팟 2분').answer).toMatch(/^스팟 인스턴스는 2분 전에/);
    expect(ask('컨테이너 안엔 뭐가 들어있음?').answer).toMatch(/라이브러리, 시스템 도구, 코드, 런타임/);
    // The bare term alone is still its definition.
    expect(ask('스팟').answer).toMatch(/^스팟 인스턴스:/);
  });

  it("answers what the module teaches instead of declining it", () => {
    const r = ask('이 모듈에서 배우는 주제가 뭐야?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/EC2/);
    expect(r.answer).toMatch(/컨테이너/);
  });

  it('answers a list question with the whole list', () => {
    const r = ask('컨테이너 이점 다 알려줘');
    for (const item of ['환경 일관성', '운영 효율성', '개발자 생산성', '버전 제어']) expect(r.answer).toContain(item);
    expect(ask('aws 컴퓨팅 서비스 종류 전부 알려줘').answer).toMatch(/Lightsail[\s\S]*Outposts/);
  });

  it('reads "which … should I look at" as a which-question, not yes/no, and a unit asked as the fact wanted', () => {
    // Ends like a yes/no question (…봐야 돼?) but asks which metrics: the passage that names them.
    expect(ask('인스턴스 크기 줄일 때 무슨 지표를 확인해야 돼?').answer).toMatch(/CPU, RAM/);
    // "%" is the fact asked for: the passage stating the percentage, even a few sections down.
    expect(ask('what percent of instances should run on-demand or spot').answer).toContain('20~30%');
  });

  it('answers a time asked from the close section that states one, when the best section states none', () => {
    // §1.2 says containers start "더 빠르게"; §4.1 says how fast: 수백 밀리초.
    // And the quantity of what was asked about (containers), not of another term (ECS starts them "몇 초 만에").
    for (const q of ['컨테이너 가상머신보다 빠르다는데 얼마나 빨리 구동돼?', '컨테이너 구동 몇초 걸림']) {
      const r = ask(q);
      expect(r.answer, q).toContain('수백 밀리초');
      expect(r.sectionId, q).toBe('4.1');
    }
  });

  it('reads 최대 절전 (hibernation) as a mode, not as a maximum asked', () => {
    expect(questionKinds('스팟 중단되면 최대절전 모드로 바꿀 수 있어?')).not.toContain('number');
    expect(questionKinds('람다 최대 실행 시간')).toContain('number');
  });

  it('reads one topic set against another ("A는 …는데, B는 …?") as a comparison', () => {
    expect(questionKinds('VM은 하이퍼바이저에서 도는데 컨테이너는 어디서 실행돼?')).toContain('comparison');
    expect(questionKinds('온디맨드는 약정이 없는데, 예약 인스턴스는 몇 년이야?')).toContain('comparison');
    // One topic with a reason clause is not a comparison.
    expect(questionKinds('스팟 인스턴스는 싼데 왜 중단돼?')).not.toContain('comparison');
    const r = ask('VM은 하이퍼바이저 위에서 돈다던데 컨테이너는 어디서 돌아?');
    expect(r.sectionId).toBe('4.3');
    expect(r.answer).toMatch(/차이/);
  });

  it('knows Korean spellings of the operating systems and a model name the module uses on its own', () => {
    const os = ask('EC2에서 레드햇 리눅스도 쓸 수 있어?');
    expect(os.sectionId).toBe('2.2');
    expect(os.answer).toContain('Red Hat');
    // One word, but one the module itself uses: in scope.
    expect(ask('t3.micro 뜻').answered).toBe(true);
  });

  it('answers benefits asked with a comparison from the benefits, not from the two definitions', () => {
    const r = ask('예약 인스턴스 이점, 스팟과 비교해서');
    expect(r.sectionId).toBe('3.2');
    expect(r.answer).toMatch(/예약 인스턴스[\s\S]*스팟 인스턴스|스팟 인스턴스[\s\S]*예약 인스턴스/);
  });

  it('reads fast chat: bare jamo, a bare section number with a summary asked, OD for On-Demand', () => {
    expect(ask('하이퍼바이저가 뭐임ㅋㅋ').answer).toMatch(/^하이퍼바이저: /);
    expect(ask('3.4.1 핵심만').sectionId).toBe('3.4.1');
    // A dotted number that is no section is a version, not a reference.
    expect(ask('python 3.12 설명').answered).toBe(false);
    expect(ask('OD랑 RI 차이').answered).toBe(true);
  });

  it('knows a several-word English term stands for its words, and a vendor prefix does not make a second term', () => {
    expect(ask('is cost optimization a one time thing?').sectionId).toBe('3.5');
    // "Amazon EC2 Auto Scaling" defines Auto Scaling, not EC2.
    expect(ask('오토스케일링이 뭐하는 거임').answer).toMatch(/^Amazon EC2 Auto Scaling: /);
  });

  it('answers a list asked for in chat words with the list, and a task definition is no definition question', () => {
    const uses = ask('도커 쓰면 좋은 경우들');
    expect(uses.answer).toMatch(/환경 표준화/);
    expect(uses.answer).toMatch(/마이크로서비스/);
    expect(ask('AWS 컴퓨팅 서비스들 알려줘').answer).toMatch(/Lightsail[\s\S]*Outposts/);
    expect(ask('ECS 작업 정의에 뭐 들어가?').answer).toMatch(/포트[\s\S]*데이터 볼륨|데이터 볼륨[\s\S]*포트/);
  });

  it('declines what the module only names beside its own subjects, and not the module\'s own uses of those names', () => {
    for (const q of ['how to write an SQL query', 'RI marketplace에서 파는 법', 'DynamoDB 테이블 만드는 방법', 'lambda에서 쓸 IAM 정책 json 예시'])
      expect(ask(q).answered, q).toBe(false);
    // SQL Server licences are a dedicated-host use case (§3.1–3.3).
    expect(ask('SQL Server 라이선스 있으면 어떤 요금 모델?').answer).toMatch(/전용 호스트/);
  });

  it('answers from a passage naming many terms when it also says what else was asked', () => {
    // The passage that says "any Linux OS, given kernel support and the Docker daemon" names many
    // terms, but also "모든 Linux": it is the answer, not a summary of many things.
    for (const q of ['can containers run on any linux', 'any linux os에서 컨테이너 돌릴 수 있어?']) expect(ask(q).answer, q).toMatch(/Docker 데몬/);
  });

  it('answers a section named by its title beside the word section or part', () => {
    expect(ask('컨테이너 서비스 섹션 전체적으로 뭐 다뤄?').sectionId).toBe('4');
    expect(ask('summarize the container basics part').sectionId).toBe('4.1');
    // The longest title the question contains: "EC2 비용 최적화" (3), not "EC2" (2).
    expect(ask('EC2 비용 최적화 파트 핵심 알려줘').sectionId).toBe('3');
    // A question about something inside the section still goes through the search.
    expect(ask('EC2 섹션에서 스팟 인스턴스 언제 써?').sectionId).toBe('3.3');
  });

  it('declines a question about a neighbour service of its own, and keeps one beside the module\'s service', () => {
    for (const q of ['sqs 메시지 최대 크기는?', 'sns 토픽 구독 필터', 'gp3 iops 얼마나 나와?']) expect(ask(q).answered, q).toBe(false);
    expect(ask('Lambda 트리거로 DynamoDB 스트림 쓸 수 있어?').sectionId).toBe('5');
    // The module's Docker gives "simple commands"; a particular docker CLI command is not taught.
    expect(ask('docker 명령으로 컨테이너 시작할 수 있어?').sectionId).toBe('4.2');
    expect(ask('docker run 옵션 뭐 있어').answered).toBe(false);
  });

  it('reads "뭐가 좋아" as asking for the benefits, though it names none of their spellings', () => {
    expect(ask('컨테이너 쓰면 뭐가 좋아?').answer).toMatch(/환경 일관성, 운영 효율성, 개발자 생산성, 버전 제어/);
  });

  it('takes a rare name the module uses as a subject, and a passage carrying a rare asked term as about it', () => {
    expect(ask('Blox는 뭐하는 거야?').sectionId).toBe('4.4');
    expect(ask('docker 데몬 꼭 있어야 돼?').answer).toMatch(/Docker 데몬이 있는 경우 모든 Linux OS/);
    // "뭐만 하면 돼" asks what is left to the user: the passage saying "…하기만 하면 됨".
    expect(ask('Fargate 쓰면 개발자는 뭐만 하면 돼?').answer).toMatch(/IAM 정책을 정의한 후/);
  });

  it('reads chat endings (…주삼, …할듯) and answer-style words (한줄로, 정의) as how it is asked, not what', () => {
    expect(ask('요금모델 종류 좀 다 알려주삼 외워야됨').answered).toBe(true);
    expect(ask('하이퍼바이저 정의 한줄로').answer).toMatch(/하이퍼바이저: /);
    // "정의" asks for a definition; it does not pull in the task definition (작업 정의).
    expect(ask('컨테이너 정의 한마디로').sectionId).toBe('4.1');
    expect(ask('작업 정의가 뭐야').sectionId).toBe('4.4.1');
  });

  it('cites the notes where a supplementary section only repeats their sentence', () => {
    // §5 repeats §1.2's sentences on serverless: an answer made only of them is cited from §1.2.
    expect(ask('is lambda cheaper than servers that are always on').sectionId).toBe('1.2');
    // Facts only the supplementary section has are still cited from it.
    expect(ask('람다 최대 실행 시간').sectionId).toBe('5');
  });

  it('cites where the notes state a fact, not a section a copy of it once sat in', () => {
    // The notes describe the Docker engine with container-based deployment (§4.3), and ECR among
    // the compute services (§1.1).
    expect(ask('Docker 엔진은 무슨 일을 해?').sectionId).toBe('4.3');
    expect(ask('도커 이미지 보관하는 서비스').sectionId).toBe('1.1');
    expect(ask('노트북에서도 컨테이너 돌릴 수 있어?').answer).toMatch(/노트북, VM, EC2 인스턴스 및 베어 메탈 서버/);
  });

  it('prefers the module\'s own section to a supplementary one that restates it', () => {
    // §1.2 (module notes) and §6 (supplementary) both say Beanstalk is PaaS: cite the module.
    expect(ask('elastic beanstalk is iaas or paas?').sectionId).toBe('1.2');
  });

  it('keeps to the subject asked about', () => {
    expect(ask('람다 장점 알려줘').sectionId).toBe('5');
    expect(ask('When should I use On-Demand Instances?').answer).toMatch(/^온디맨드 인스턴스/);
    expect(ask('how long can a lambda function run?').answer).toContain('15분');
    expect(ask('what is the maximum memory for lambda').answer).toContain('10,240MB');
    expect(ask('what is a container?').answer).toMatch(/^컨테이너: /);
    const vs = ask('spot vs on-demand difference');
    expect(vs.sectionId).toBe('3.1');
    expect(vs.answer).toMatch(/스팟 인스턴스[\s\S]*온디맨드 인스턴스/);
  });

  it('sets what AWS has changed apart from the module\'s teaching', () => {
    const r = ask('스팟 인스턴스가 뭐야?');
    const [teaching, ...notes] = r.answer.split('\n\n');
    expect(teaching).toMatch(/입찰/); // the module's words stay as they are
    expect(notes.join(' ')).toMatch(/AWS 변경 사항.*입찰 방식이 아님/);
  });

  it('hedges thin evidence and offers the two closest sections', () => {
    // 3.4.1 and 3.4 score nearly the same: say so, and offer both neighbours.
    const r = ask('크기 조정 말고 다른 원칙');
    expect(r.weak).toBe(true);
    expect(r.answer).toMatch(/확실하지 않아요/);
    expect(r.related).toHaveLength(2);
    expect(r.related).toContain('3.4');
    expect(ask('스팟 인스턴스는 언제 써?').weak).toBeUndefined();
  });

  it('does not hedge the definition of the term asked, however close the runner-up section', () => {
    // 4.1, 4.3 and 4.4 all speak of containers; 4.1 defines the term, and that is no guess.
    for (const q of ['컨테이너가 뭐야?', '컨테이너 정의 알려주삼']) {
      const r = ask(q);
      expect(r.sectionId, q).toBe('4.1');
      expect(r.weak, q).toBeUndefined();
      expect(r.answer, q).toMatch(/^컨테이너: .*운영 시스템 가상화/);
    }
  });

  it('answers a drawback question with the subject\'s limits, never its benefits', () => {
    expect(questionKinds('spot 단점')).toContain('drawback');
    expect(questionKinds('spot 단점')).not.toContain('benefit');
    expect(questionKinds('안 좋은 점이 뭐야')).not.toContain('benefit');
    const spot = ask('spot 단점');
    expect(spot.sectionId).toBe('3.3');
    expect(spot.answer).toMatch(/2분 전에 경고/);
    expect(spot.answer).not.toMatch(/이점/);
    const onPrem = ask('온프레미스 서버의 단점은?');
    expect(onPrem.sectionId).toBe('2.1');
    expect(onPrem.answer).toMatch(/비용이 많이 듦[\s\S]*유지 보수 비용/);
  });

  it('answers who does what with the user\'s own part when that is asked', () => {
    for (const q of ['Fargate 시작 유형 쓰면 내가 해야 할 일은 뭐임?', 'With the Fargate launch type, what do I still have to do myself?']) {
      expect(questionKinds(q), q).toContain('duty');
      const r = ask(q);
      expect(r.sectionId, q).toBe('4.4.2');
      // What is left to the user leads: package, set CPU and memory, define IAM policies, start.
      expect(r.answer.split('\n')[0], q).toMatch(/CPU 및 메모리 요구 사항을 지정[\s\S]*IAM 정책/);
    }
    // "AWS가 대신 관리해 주는 건": AWS's part, asked as what it takes off your hands.
    expect(questionKinds('빈스톡 쓰면 AWS가 대신 관리해 주는 건 뭐야?')).toContain('duty');
    expect(ask('빈스톡 쓰면 AWS가 대신 관리해 주는 건 뭐야?').answer).toMatch(/AWS가 관리/);
    // "누가 관리해" asks who runs it: AWS's part answers.
    expect(ask('빈스톡 쓰면 OS랑 앱서버 관리는 누가 해?').answer).toMatch(/AWS가 관리/);
    // A check ("…해야됨?") is a yes/no question, answered by its polarity, not by the duty list.
    expect(questionKinds('파게이트쓰면 클러스터 내가 관리해야됨?')).toContain('yesno');
  });

  it('counts a sub-section as speaking of its parent\'s topic', () => {
    // "비용 절감" names 3.4's topic (cost optimisation), which 3.4.4 never says: the storage
    // sub-section that answers is not passed over for one that says "비용 최적화".
    for (const q of ['자주 안 보는 오래된 데이터는 어디로 옮겨야 비용 절감돼?', 'infrequently accessed old data, where to move it for cost savings?']) {
      const r = ask(q);
      expect(r.sectionId, q).toBe('3.4.4');
      expect(r.answer, q).toMatch(/S3 Glacier/);
    }
  });

  it('answers a workload asking which pricing model however many everyday words it is told in', () => {
    const r = ask('we need a box just for load testing over one weekend, which pricing suits that?');
    expect(r.answered).toBe(true);
    expect(r.sectionId).toBe('3.3');
    expect(r.answer).toMatch(/온디맨드 인스턴스/);
    // Another provider's machine is still declined.
    expect(ask('our Heroku dyno runs all year nonstop, which pricing model?').answered).toBe(false);
    // Words run together find nothing to answer from: declined, not a crash.
    expect(ask('whichpricingmodelforunpredictableworkloads').answered).toBe(false);
  });

  it('answers what something needs with the passage stating its condition', () => {
    for (const q of ['what do I need to run containers on a linux host?', '리눅스 서버에 컨테이너 띄우려면 뭐가 있어야 됨?', 'what does a linux box need before it can run containers']) {
      expect(questionKinds(q), q).toContain('requirement');
      const r = ask(q);
      expect(r.sectionId, q).toBe('4.3');
      expect(r.answer, q).toMatch(/커널 기능이 지원되고 Docker 데몬이 있는 경우/);
    }
    // "필요한 모든 항목" describes what a container holds; it states no condition.
    expect(ask('what do I need to run containers on a linux host?').answer).not.toMatch(/필요한 모든 항목/);
  });

  it('checks the term a question asks about, not the condition it sets', () => {
    // The batch job is the condition; Spot is what is checked (AWS Batch's section says nothing of Spot).
    for (const q of ['배치 작업인데 스팟 써도 됨?', "If it's a batch job that can restart, is spot ok?"]) {
      const r = ask(q);
      expect(r.sectionId, q).toBe('3.3');
      expect(r.answer, q).toMatch(/스팟 인스턴스/);
    }
    // A question word asks within the condition: the launch type's own section answers.
    expect(ask('ECS에서 EC2 시작 유형 선택하면 인스턴스는 어떤 구매 옵션으로 띄워?').sectionId).toBe('4.4.2');
  });

  it('keeps a clear lead over a section that only names more of the subject', () => {
    const r = ask('how do we decide which compute option suits our workload');
    expect(r.sectionId).toBe('1.3');
  });

  it('reads everyday English for turning dev machines off after work', () => {
    const r = ask('what % do we save by powering off dev boxes outside working hours?');
    expect(r.sectionId).toBe('3.4.2');
    expect(r.answer).toMatch(/65%/);
  });

  it('reads "large", "huge" as the module\'s 대규모', () => {
    expect(ask('a huge EC2 instance can run how many containers?').answer).toMatch(/수백 개의 컨테이너/);
  });

  it('answers how something is charged with the passage stating what the charge is based on', () => {
    for (const q of ['람다는 돈을 어떤 기준으로 내?', 'how does lambda pricing work']) {
      expect(questionKinds(q), q).toContain('billing');
      expect(ask(q).answer, q).toMatch(/사용한 컴퓨팅 시간에 대한 요금만 지불함. 요금은 요청 수와 실행 시간/);
    }
    // "요금" beside the subject is how it is asked: EBS's charge, never Lambda's.
    const ebs = ask('EBS 요금은 어떻게 부과됨?');
    expect(ebs.sectionId).toBe('3.4.4');
    expect(ebs.answer).toMatch(/종량제/);
    // "초당 과금" names a billing option: a check of it is no question of how charges are made.
    expect(questionKinds('윈도우 인스턴스도 초당 과금돼?')).not.toContain('billing');
  });

  it('answers why with a passage that gives a cause of what is asked, not one that only restates it', () => {
    for (const q of ['컨테이너는 왜 VM보다 금방 떠?', 'why do containers boot quicker than virtual machines']) {
      const r = ask(q);
      expect(r.sectionId, q).toBe('4.1');
      expect(r.answer, q).toMatch(/전체 운영 체제를 포함하지 않음/);
    }
  });

  it('reads "suit", "typical workloads" as asking for use cases, and "an example" as no list', () => {
    expect(questionKinds('what kind of workloads suit spot instances?')).toContain('when');
    expect(questionKinds('give an example of right sizing')).not.toContain('list');
    expect(questionKinds('give me some examples of spot use cases')).toContain('list');
  });

  it('looks for the asked unit in a section further down when the top ones do not state it', () => {
    const r = ask('how quickly can ec2 instances be launched in any location?');
    expect(r.sectionId).toBe('2.2');
    expect(r.answer).toMatch(/몇 분 만에/);
  });

  it('reads "what does X mean" as a definition, of the quoted word when one is quoted', () => {
    expect(questionKinds('what does elasticity mean here')).toContain('definition');
    expect(ask("What does the 'Cloud' part of the name Elastic Compute Cloud mean?").answer).toMatch(/^Cloud\(EC2의 C\): /);
    // "technique" is an everyday word for 기술: a right-sizing question in English stays in scope.
    expect(ask('which techniques help with rightsizing an instance?').sectionId).toBe('3.4.1');
    expect(ask("In Elastic Compute Cloud, what does the word 'Elastic' mean?").answer).toMatch(/^Elastic\(EC2의 E\): /);
  });

  it('reads "bang for the buck", "performance per dollar" as the module\'s 비용 대비 성능', () => {
    expect(ask('bang for the buck에서 제일 좋은 인스턴스 어케 찾음').sectionId).toBe('3.4.1');
  });

  it('answers when something happens with the passage stating the occasion', () => {
    for (const q of ['스팟은 정확히 언제 실행됨?', '스팟 인스턴스 언제 실행되는 거임']) {
      expect(questionKinds(q), q).toContain('occasion');
      expect(ask(q).answer, q).toMatch(/현재 시장 가격을 초과할 때마다 실행됨/);
    }
  });

  it('answers what something is made of with the passage stating its composition', () => {
    for (const q of ['an ECS cluster on the EC2 launch type is made up of what?', 'EC2 시작 유형 ECS 클러스터는 어떤 구성이야?']) {
      expect(questionKinds(q), q).toContain('composition');
      const r = ask(q);
      expect(r.sectionId, q).toBe('4.4.1');
      expect(r.answer, q).toMatch(/컨테이너 에이전트를 실행하는 EC2 인스턴스 그룹으로 구성됨/);
    }
  });

  it('answers "by what means" with the term whose definition does it', () => {
    for (const q of ['what do I use to control traffic in and out of an instance?', '인스턴스 트래픽은 뭘로 제어해?'])
      expect(ask(q).answer, q).toMatch(/^보안 그룹: /);
  });

  it('introduces itself when asked who it is', () => {
    for (const q of ["What's your name?", '너 누구야?']) expect(ask(q).kind, q).toBe('help');
  });

  it('reads "얼마나 빨리" as how fast, not as a price', () => {
    const r = ask('EC2 인스턴스 얼마나 빨리 띄울 수 있음?');
    expect(r.sectionId).toBe('2.2');
    expect(r.answer).toMatch(/몇 분 만에/);
    // "얼마야" still asks a price.
    expect(answerer.index.search('람다 요금 얼마야').query.concepts).toContain('요금');
    expect(answerer.index.search('얼마나 빨리').query.concepts).not.toContain('요금');
  });

  it('reads "얼마나 걸려" as how long, not as a price', () => {
    for (const q of ['ec2 인스턴스 띄우는데 보통 얼마나걸림', 'EC2 인스턴스 시작하는 데 얼마나 걸려?']) {
      const r = ask(q);
      expect(r.sectionId, q).toBe('2.2');
      expect(r.answer, q).toMatch(/몇 분 만에/);
    }
  });

  it('takes "몇퍼", "일정하게" and a closing "…있는데" as chat, not as other subjects', () => {
    const offHours = ask('개발서버 업무외시간에 끄면 몇퍼 절약됨?');
    expect(offHours.sectionId).toBe('3.4.2');
    expect(offHours.answer).toMatch(/65%/);
    // 일정하게 is steadily, not 일정 (a schedule): the use case of Reserved Instances.
    const steady = ask('우리 팀은 몇달동안 꾸준히 일정하게 돌아가는 서버 있는데 뭐 써야 돼?');
    expect(steady.sectionId).toBe('3.3');
    expect(steady.answer).toMatch(/^예약 인스턴스는 .*수개월 동안/);
    // "몇 달 동안" sets the scene; it does not ask for a number.
    expect(questionKinds('몇 달 동안 돌릴 서버면 뭐 써')).not.toContain('number');
    expect(questionKinds('몇 달 약정이야?')).toContain('number');
  });

  it('declines a model the module never names, and keeps one a character from a model it does', () => {
    expect(ask('EC2 p4d 인스턴스 시간당 가격 얼마임').answered).toBe(false);
    expect(ask('io2 볼륨 최대 IOPS 몇이야').answered).toBe(false);
    expect(ask('which instance type is free tier eligible, t2.micro?').answered).toBe(true);
  });

  it('answers "in one line" with the subject\'s own line of a list, and "한줄씩" with the list', () => {
    const r = ask('온디멘드 인스턴스 이점 한줄로');
    expect(r.sectionId).toBe('3.2');
    expect(r.answer).toMatch(/^온디맨드 인스턴스는 .*최고의 유연성/);
    expect(ask('비용최적화 필라 4개 한줄씩 요약좀').answer).toMatch(/1\) 크기 조정, 2\) 탄력성 증대/);
  });

  it('answers why from the passage that gives the reason, and a closing verb from the passage that says it', () => {
    const why = ask('why does aws even offer so many different compute services');
    expect(why.sectionId).toBe('1.3');
    expect(why.answer).toMatch(/이유는 사용 사례마다/);
    expect(ask('최적의 요금 모델 원칙에서 뭘 조합하라는거임').answer).toMatch(/^고객은 .*구매 유형을 조합/);
  });

  it('chooses among close sections by the most specific term asked, not by how many common ones they name', () => {
    // 2.3 names instance types and operating systems; 3.1 defines per-second billing.
    expect(ask('per-second billing - which instance types and OSes does it apply to?').sectionId).toBe('3.1');
    // EC2, in a third of all passages, tells no section from another: 1.3 says to revisit the choice.
    expect(ask('처음에 EC2로 시작했는데 나중에 지표 보고 다른 서비스로 갈아타도 됨?').sectionId).toBe('1.3');
  });

  it('reads "어떻게 다릅니까" as a comparison and "relate" as a relationship, answered by definitions side by side', () => {
    expect(questionKinds('작업과 작업 정의는 어떻게 다릅니까?')).toContain('comparison');
    expect(questionKinds('how does ECR relate to ECS?')).toContain('relationship');
    expect(questionKinds('EC2 대신 Lambda 쓰라는 거?')).not.toContain('list');
    const task = ask('ECS에서 작업(task)과 작업 정의(task definition)는 어떻게 다릅니까?');
    expect(task.sectionId).toBe('4.4.1');
    expect(task.answer).toMatch(/인스턴스화[\s\S]*텍스트 파일/);
    const ecr = ask('how does ECR relate to ECS?');
    expect(ecr.sectionId).toBe('1.1');
    expect(ecr.answer).toMatch(/ECR\): Docker 이미지를 저장[\s\S]*ECS\): Docker를 지원/);
    // A passage about the two of them still relates them better than their definitions.
    expect(ask('Fargate랑 ECS는 무슨 관계임?').sectionId).toBe('4.4.2');
  });

  it('answers "which service … 무엇입니까" with the service, and what a container holds with what it holds', () => {
    expect(ask('AWS에서 Docker 컨테이너를 관리해 주는 서비스는 무엇입니까?').answer).toMatch(/^Amazon ECS/);
    expect(ask('컨테이너 안에 뭐뭐 들어감?').answer).toMatch(/라이브러리, 시스템 도구, 코드, 런타임/);
  });

  it('declines a request to write code, and the parts of a service the module only names', () => {
    for (const q of ['매일 밤 10시에 태그 env=dev인 EC2 전부 stop하는 bash 스크립트 좀 만들어줘', 'write me a python script that stops ec2 instances at night', 'AWS Batch에서 작업 대기열과 컴퓨팅 환경은 어떻게 구성합니까?'])
      expect(ask(q).answered, q).toBe(false);
    expect(ask('user data 스크립트는 언제 실행돼??').answered).toBe(true);
  });

  it('keeps a situation told in polite Korean in scope (저희, 해결돼요)', () => {
    const r = ask('저희 팀 프로젝트마다 Python 버전이 달라서 충돌이 자주 나는데요, Docker 쓰면 해결돼요?');
    expect(r.sectionId).toBe('4.2');
    expect(r.answer).toMatch(/버전 간 충돌 해소/);
  });

  it('asks about what is left when a message sets something aside or only draws an analogy', () => {
    // "도커 허브 말고": Docker Hub is set aside, Amazon's registry is asked for.
    const ecr = ask('도커 허브 말고 아마존 거 있잖아요, 도커 이미지 보관해 두고 꺼내 쓰는 곳... 그거 이름이 뭐였죠?');
    expect(ecr.sectionId).toBe('1.1');
    expect(ecr.answer).toMatch(/ECR/);
    // The lunch box and the recipe are analogies, not subjects.
    expect(ask('밥이랑 반찬을 도시락 통 하나에 다 싸가는 것처럼, 앱이랑 필요한 걸 한 덩어리로 싸는 게 컨테이너인 거죠?').answered).toBe(true);
    expect(ask('작업 정의랑 작업은 어떤 관계예요? 요리 레시피랑 실제로 만든 요리 같은 건가요?').sectionId).toBe('4.4.1');
    // Asked about directly, Docker Hub is still someone else's subject.
    expect(ask('도커 허브에 이미지 올리는 법').answered).toBe(false);
  });

  it('reads a question past a self-introduction and chat marks', () => {
    const r = ask('안녕하세요, 간호사 하다가 넘어온 수강생이에요 :) AWS에 컴퓨팅 서비스가 엄청 많던데 어떤 것들이 있는지 한 번에 쭉 정리해 주실 수 있을까요?');
    expect(r.sectionId).toBe('1.1');
    expect(ask('완전 문과라서요 ㅠ EC2가 대체 뭔지 아주 기초부터 설명해 주세요. 서버를 빌려 쓰는 거라고 이해하면 되나요?').answered).toBe(true);
    expect(ask('쿠버네티스가 뭐예요? 발음도 어렵네요 ㅠ').answer).toMatch(/^Kubernetes는 .*오픈 소스/);
    // Without a question mark, the sentence that makes a request asks.
    expect(ask('안녕하세요, 회계사입니다 :) 컨테이너 정의 알려주삼').answer).toMatch(/^컨테이너: /);
    expect(ask('EC2 서버 하나 새로 띄우려면 시간이 며칠씩 걸리나요?').answer).toMatch(/몇 분 만에/);
  });

  it('counts the words of a Korean term spelt across words as that term', () => {
    // "옛날 코드" is legacy code and "컴퓨팅 구조" architecture, so the question is well covered.
    const q = '회계사입니다. 저희 회사에 아주 오래된 사내 프로그램이 있는데요, 이런 옛날 코드가 어떤 컴퓨팅 구조를 쓸지에 영향을 주나요?';
    expect(answerer.index.search(q).query.phraseWords.get('옛날')).toBe('레거시 코드');
    expect(ask(q).sectionId).toBe('1.3');
  });

  it('does not define a term a verb narrows, and reads "좀" glued to a word as chat', () => {
    // 작업 is an ECS task elsewhere; here it is the work Beanstalk does.
    expect(ask('Elastic Beanstalk에 코드를 업로드하면 AWS가 자동으로 처리해 주는 작업은 무엇인가요?').sectionId).toBe('6');
    // "뭐하는 서비스" asks what the service is.
    expect(ask('오토스케일링은 뭐하는 서비스임?').answer).toMatch(/^Amazon EC2 Auto Scaling: /);
    expect(ask('pod 정의좀').answer).toMatch(/^Pod: .*최소 단위/);
  });

  it('declines a price of something the module never prices, asked as "시간당 얼마 나옴"', () => {
    expect(ask('eks 클러스터 하나 띄우면 시간당 얼마 나옴?').answered).toBe(false);
    expect(ask('깃 머지 충돌났는데 어케 해결함').answered).toBe(false);
    // The module does price Spot by the hour.
    expect(ask('스팟 인스턴스 시간당 가격은 어떻게 정해져?').answered).toBe(true);
  });

  it('reads "젤 쌈", "똑같이" and "내내" in a situation about a steady server', () => {
    expect(ask('우리 동아리 서버 몇달 내내 똑같이 돌릴건데 뭐가 젤 쌈?').sectionId).toBe('3.3');
  });

  it('reads keyword queries: "X 역할" asks what X is, "원칙 4개" asks for the list, 디디케이티드 is dedicated', () => {
    expect(questionKinds('보안그룹 역할')).toContain('definition');
    expect(ask('EC2 오토스케일링 역할').answer).toMatch(/^Amazon EC2 Auto Scaling: /);
    expect(questionKinds('비용최적화 원칙 4개')).toContain('list');
    expect(ask('비용최적화 원칙 4개').answer).toMatch(/크기 조정[\s\S]*스토리지 선택 최적화/);
    expect(ask('디디케이티드 호스트 vs 디디케이티드 인스턴스').sectionId).toBe('3.1');
    for (const q of ['스팟 블록 아직 있음?', 'EKS Fargate 프로파일', '서울 vs 버지니아 온디맨드 시간당 가격']) expect(ask(q).answered, q).toBe(false);
  });

  it('reads "overview", "전반" and a closing "정리" as asking for a summary of the part', () => {
    for (const q of ['aws compute services overview pls', 'ec2 돈 아끼는 방법 전반', 'ECS EKS Fargate ECR 한번에 정리']) expect(questionKinds(q), q).toContain('summary');
    expect(ask('what does the EC2 cost optimization part of the module cover overall?').sectionId).toBe('3');
    expect(ask('aws compute services overview pls').sectionId).toBe('1');
    // "정리" inside a sentence is no summary request.
    expect(questionKinds('정리된 내용 중에 스팟 언제 써?')).not.toContain('summary');
  });

  it('keeps "이벤트 소스 예시" and "리소스 예시" in scope: only a request for code is declined', () => {
    expect(ask('Lambda 트리거 될 수 있는 이벤트 소스 예시 뭐 있어?').sectionId).toBe('5');
    expect(ask('탄력성 적용하기 가장 쉬운 리소스 예시?').sectionId).toBe('3.4.2');
    expect(ask('lambda 함수 코드 예시 보여줘').answered).toBe(false);
  });

  it('checks a wrong belief against the module ("끊길 일은 없는 거 맞지?")', () => {
    const r = ask('스팟 인스턴스는 한 번 띄우면 중간에 끊길 일은 없는 거 맞지?');
    expect(r.sectionId).toBe('3.3');
    expect(r.answer).toMatch(/2분 전에 경고/);
  });

  it('counts a comparison\'s words against the two sections it may draw on', () => {
    const one = answerer.index.search('what\'s the difference between right sizing and increasing elasticity?');
    const two = answerer.index.search('what\'s the difference between right sizing and increasing elasticity?', [], 2);
    expect(two.coverage).toBeGreaterThan(one.coverage);
    expect(ask('what\'s the difference between right sizing and increasing elasticity?').answered).toBe(true);
  });

  it('declines what is left of a message about something outside, whatever it set aside', () => {
    expect(ask('로드 밸런서 종류 세 개 뭐였지? ALB 말고').answered).toBe(false);
    expect(ask('비용최적화 섹션 통째로 요약해줄수있음? 낼 퀴즈라').sectionId).toBe('3');
  });

  it('reads "a week or two" as short-term, so a short test environment is a pricing question', () => {
    const r = ask("We're spinning up a test environment for a new app, probably just a week or two, and the load is unpredictable. Which EC2 pricing option should we use?");
    expect(r.sectionId).not.toBe('6');
    expect(r.answer).toMatch(/온디맨드 인스턴스/);
  });

  it('answers "when to use X" from the section about use cases, under X\'s own heading', () => {
    for (const q of ['어떤 상황에서 전용 호스트가 적합한가요?', 'When would you choose Dedicated Hosts?']) {
      const r = ask(q);
      expect(r.sectionId, q).toBe('3.3');
      expect(r.answer, q).toMatch(/^전용 호스트는 .*라이선스/);
    }
  });

  it('keeps a model of a family the module names (t3.large beside t3.micro), and reads more chat as chat', () => {
    expect(ask('인스턴스 유형 이름(예: t3.large)에서 각 부분은 무엇을 의미하나요?').sectionId).toBe('2.3');
    expect(ask('개발서버 퇴근후에 끄면 몇퍼 아낌?').answer).toMatch(/65%/);
    expect(ask('Who should be responsible for cost optimization in an organization?').sectionId).toBe('3.5');
    expect(ask('다음 주 실습 과제 마감이 언제인지 아시나요?').answered).toBe(false);
    expect(ask('비용 최적화 단원 요점만 알려줘').sectionId).toBe('3');
  });

  it('takes "AWS" of "AWS Lambda" as part of the name, and a term defined nowhere as no other term\'s definition', () => {
    expect(ask('what is AWS Lambda').answer).toMatch(/^AWS Lambda: 서버리스 컴퓨팅 솔루션/);
    expect(ask('서비스형 컨테이너').sectionId).toBe('4.2');
  });

  it('checks a claim about a topic ("EC2는 PaaS 맞지?") with the topic\'s passages, not the claimed term\'s', () => {
    // EC2's category is stated (IaaS), not PaaS's definition; of EC2's passages, the one that also
    // names what it is claimed to be speaks to the claim.
    for (const q of ['EC2는 PaaS 맞지? 내일 시험이라 확인좀', 'ec2 paas에 속하는 거죠?']) {
      const r = ask(q);
      expect(r.answer, q).toMatch(/^(Amazon EC2는 [^.]*IaaS|AWS 컴퓨팅 서비스의 네 가지 범주별 [^.]*VM\(가상 머신\)에 Amazon EC2)/);
    }
    // "어케" asks how: no yes/no check.
    expect(questionKinds('람다 요금 어케 나옴? 켜놓은 시간 기준인가')).not.toContain('yesno');
  });

  it('declines how-tos, troubleshooting and features the module does not teach, whatever module word stands beside them', () => {
    for (const q of ['람다 레이어 어떻게 만들어요?', 'how to reduce lambda cold start', '빈스톡으로 블루/그린 배포 하는 방법', 'ec2 ssh 접속하는데 Permission denied (publickey) 떠요 ㅠㅠ'])
      expect(ask(q).answered, q).toBe(false);
    // An HTTP error is a fault to debug, though nginx is one of Beanstalk's servers.
    for (const q of ['nginx 쓰는데 504 gateway timeout 이유가 뭐임', '빈스톡 배포 후 502 Bad Gateway 떠요']) expect(ask(q).answered, q).toBe(false);
    // Debugging a fault, or a Kubernetes feature the module never teaches.
    for (const q of ['ECS 태스크가 계속 죽어요 왜 그럴까요', 'how do I debug a lambda that keeps crashing', 'EKS에서 Ingress 설정하는 법', '컨테이너가 exit code 1로 끝나요 이유가 뭐죠', 'my fargate task is stuck in PROVISIONING, why?'])
      expect(ask(q).answered, q).toBe(false);
    expect(ask('fargate 태스크가 뜨자마자 계속 종료돼요').answered).toBe(false);
    // VPC design, however its words are ordered; choosing a subnet at launch stays the module's (§2.3).
    expect(ask('서브넷 퍼블릭이랑 프라이빗 어떻게 구분함?').answered).toBe(false);
    expect(ask('EC2 인스턴스 시작할 때 서브넷은 뭘 골라?').answered).toBe(true);
    // "stuck with" a choice is no fault.
    expect(ask('if we pick one compute service now, are we stuck with it forever?').answered).toBe(true);
    // A symptom asked "what's wrong" is troubleshooting; a drawback asked so stays the module's.
    expect(ask("my fargate task times out when it starts, what's wrong?").answered).toBe(false);
    // Load balancing is only a resource Beanstalk runs for you: asked about on its own, it is declined.
    expect(ask('로드 밸런서가 뭐야?').answered).toBe(false);
    expect(ask('빈스톡 쓰면 로드 밸런싱도 해줘?').sectionId).toBe('6');
    // A number with a currency is no status code.
    expect(ask('EC2 요금이 한 달에 500달러 넘으면 어떤 요금 모델로 바꿔야 해?').answered).toBe(true);
  });

  it('reads recall phrasing, purpose questions and "X = ?" as what they ask', () => {
    expect(ask('회사에서 옛날 시스템 그대로 올리는 중인데 컴퓨팅 아키텍처는 보통 뭐 때문에 정해진다고 했지?').answer).toMatch(/레거시 코드/);
    expect(ask('탄력성 증대 원칙은 결국 뭘 하자는거임').answer).toMatch(/^탄력성 증대: .*자동 조정/);
    expect(ask('k8s pod = ? 😅').answer).toMatch(/^Pod: .*최소 단위/);
    expect(ask('ECS 기본 기능 뭐 있어').answer).toMatch(/기본 기능은 네 가지/);
    expect(ask('ECS 작업 정의에는 뭘 적어?').answer).toMatch(/포트.*데이터 볼륨/);
    expect(ask('EC2 오토스케일링 뭐하는 애야').answer).toMatch(/^Amazon EC2 Auto Scaling: .*자동으로 시작하거나 종료/);
    // "개념", "이해가 안감" say how it is asked; the notes' other "…개념임" sentences are no answer.
    expect(ask('도커 개념 정의 좀 ㅠ 이해가 안감').answer).toMatch(/^Docker: /);
  });

  it('anchors an everyday paraphrase that one passage says concept for concept', () => {
    const r = ask('for prod how do we handle peaks w/o paying for max capacity all the time');
    expect(r.sectionId).toBe('3.4.2');
    expect(r.answer).toMatch(/자동 조정 정책/);
  });

  it('takes the course named beside a term as where to look, not what is asked', () => {
    expect(ask('When is Docker the best solution? What use cases does the course list?').sectionId).toBe('4.2');
    expect(ask('pls list the compute services covered in this module, incl the less famous ones').sectionId).toBe('1.1');
    expect(ask('이 모듈에서 배우는 주제가 뭐야?').sectionId).toBe('1');
  });

  it('answers both questions of a message that asks two, the second under its own citation', () => {
    const r = ask('RI 기간이랑 spot 경고 시간 둘 다 알려줘');
    expect(r.answer).toMatch(/3년/);
    expect(r.answer).toMatch(/§3\.3 .*\n.*2분 전에 경고/);
    expect(r.related[0]).toBe('3.3');
    const e = ask('EC2 약자 뜻이랑 elastic이 무슨 의미인지 알려줘');
    expect(e.answer).toMatch(/Elastic Compute Cloud/);
    expect(e.answer).toMatch(/늘리거나 줄일/);
    // A term joined to another without an ask of its own, and a comparison, are one question.
    expect(ask('스팟이랑 온디맨드 차이').answer).not.toMatch(/\n§/);
    expect(ask('온프렘이랑 클라우드 둘다 같은 툴로 컨테이너앱 돌리고싶음 뭐 써야돼?').answer).not.toMatch(/\n§/);
  });

  it('answers "why" with the reasons under one heading, the best one first', () => {
    const r = ask('온프레미스 서버 운영하면 왜 비싸?');
    expect(r.answer).toMatch(/^온프레미스 서버를 실행하는 것은 비용이 많이 듦/);
    expect(r.answer).toMatch(/유휴 상태/);
    // Not the many passages of a heading that says everything about a service.
    expect(ask('why would lambda be cheaper than servers running 24/7').answer.split('\n•').length).toBeLessThanOrEqual(3);
  });

  it('reads "how fast", "in one line" spelt apart, "cost vs perf", "big instance … in practice" and "short" as asked', () => {
    expect(ask('how fast can ecs launch containers?').answer).toMatch(/몇 초 만에/);
    expect(ask('컨테이너 정의 한 줄로').answer).toMatch(/^컨테이너: .*운영 시스템 가상화 방법/);
    expect(ask('any technique to find the instance w/ best cost vs perf?').answer).toMatch(/테스트 환경/);
    expect(ask('how many containers can one big ec2 instance run in practice?').answer).toMatch(/수백 개/);
    expect(ask('we have a CI runner for short test jobs, load is totally unpredictable. pricing model?').answer).toMatch(/온디맨드 인스턴스/);
    expect(ask('비용 최적화 한번 제대로 하면 끝 아냐?').sectionId).toBe('3.5');
  });

  it('reads no spelling across a particle and the next word, "좀" glued to a stopword, or a sentence with a question word as noise', () => {
    expect(answerer.index.matcher.match('이름만 들어봄').concepts).toEqual([]);
    expect(answerer.index.matcher.match('정의하기만 하면').concepts).toContain('하기만 하면 됨');
    expect(ask('pod 뜻좀').answer).toMatch(/^Pod: .*최소 단위/);
    expect(ask('쿠버네티스가 뭐야 ㅋㅋ 이름만 들어봄').answer).toMatch(/^Kubernetes는 .*오픈 소스 소프트웨어/);
  });

  it('declines other services described by what they do, course logistics and lost keys', () => {
    for (const q of [
      'the AWS service that stores key-value items for my lambda — which one should I use?',
      'which AWS service do I use to point my domain name at my site?',
      'what AWS service should I use as a message queue between my microservices?',
      '이미지 파일을 사용자 가까운 곳에 캐싱해서 빨리 보여주는 서비스 설정법',
      'I want to encrypt my data with keys I control myself — which AWS service manages those keys?',
      'how do I make my docker image smaller?',
      'I lost the private key for my EC2 key pair, how do I get back in?',
      '다음 퀴즈 범위 어디까지에요?',
      'S3 lifecycle rule 콘솔에서 설정하는 step 알려줘',
    ])
      expect(ask(q).answered, q).toBe(false);
  });

  it('finds a service of the module described by what it does, and reads a setup word that asks no steps as description', () => {
    expect(ask("what's the service that starts or shuts down my EC2 instances automatically based on conditions I set?").answer).toMatch(/^Amazon EC2 Auto Scaling:/);
    expect(ask('도커 이미지 올려두고 필요할때 꺼내쓰는 aws 저장소 서비스 이름 뭐였더라').answer).toMatch(/ECR/);
    expect(ask('the piece installed on the Linux guest OS that manages how containers run and looks after them through their whole life?').answer).toMatch(/Docker 엔진/);
    expect(ask('서버리스 앱들 찾아보고 배포도 하고 내가 만든것도 게시할수 있는 곳이 있다던데 그게 뭐임?').answer).toMatch(/Serverless Application Repository/);
  });

  it('reads "언제 실행돼" as when something happens, not when to use it, and "어디에 씀" as its uses', () => {
    const r = ask('spot instance는 정확히 언제 실행되는 거임');
    expect(r.sectionId).toBe('3.1');
    expect(r.answer).toMatch(/현재 시장 가격을 초과/);
    expect(ask('EC2 인스턴스 보통 어디에 씀? 예시 몇개만').answer).toMatch(/웹 서버/);
  });

  it('answers a workload asking which pricing model with the advised model\'s use cases', () => {
    const r = ask('웹서비스 하나를 1년 내내 24시간 돌릴 예정인데 요금 모델 뭐가 나아요?');
    expect(r.sectionId).toBe('3.3');
    expect(r.answer).toMatch(/^예약 인스턴스는/);
    const n = ask('We run a nightly batch job that can be retried if it gets interrupted. Which pricing model fits best?');
    expect(n.sectionId).toBe('3.3');
    expect(n.answer).toMatch(/^스팟 인스턴스/);
    expect(ask('라이선스 제한 있는 소프트웨어를 EC2에서 돌리려면 어떤 요금 모델이 맞아?').answer).toMatch(/^전용 호스트는/);
  });

  it('counts belief-check framing ("I assumed … under the hood", "… 정석 아님?") as how it asks, not what', () => {
    expect(ask('I assumed Lambda still needs me to provision at least one small server under the hood, right?').answer).toMatch(/프로비저닝하거나 관리하지 않고도/);
    expect(ask('how do I figure out which of my instances are bigger than they need to be?').sectionId).toBe('3.4.1');
    expect(ask('요금 모델은 하나만 골라서 통일하는 게 정석 아님?').answered).toBe(true);
  });

  it('reads workplace context ("Our PM wants a one-liner", "Our ops manager keeps saying") as context', () => {
    expect(ask('In plain terms, what is a container? Our PM wants a one-liner.').answer).toMatch(/^컨테이너: /);
    expect(ask("Our ops manager keeps saying 'right-sizing'. What does that mean exactly?").sectionId).toBe('3.4.1');
    expect(ask("The module compares elasticity to something you'd find in a normal office. What's the analogy?").answer).toMatch(/조명 스위치/);
  });

  it('declines described databases, code to write, and a failing instance to fix', () => {
    for (const q of [
      'Which AWS service gives us a managed relational database with automatic failover? We want to move our Postgres off the EC2 box.',
      'write me a python lambda handler that resizes images uploaded to s3',
      "My EC2 instance fails one of its two status checks after a reboot and I can't SSH in anymore. How do I fix it?",
      'S3 스토리지 클래스 종류 다 알려줘',
    ])
      expect(ask(q).answered, q).toBe(false);
    expect(ask('Lambda 15분 넘으면 에러 나?').answered).toBe(true);
  });

  it('answers what a service does, who should own cost work, a cheapest-run workload, and each part of a name', () => {
    expect(ask('ec2 오토스케일링은 정확히 뭘 해주는거야?').answer).toMatch(/^Amazon EC2 Auto Scaling:/);
    expect(ask('비용최적화는 누구한테 맡겨야 잘됨?').answer).toMatch(/개인이나 팀/);
    const b = ask('빅데이터 배치 처리인데 중간에 끊겨도 다시 돌리면 됨. 최대한 싸게 하고싶음');
    expect(b.sectionId).toBe('3.3');
    expect(b.answer).toMatch(/^스팟 인스턴스/);
    const n = ask('EC2라는 이름에서 Elastic, Compute, Cloud가 각각 무슨 뜻인가요?').answer;
    for (const part of ['Elastic(EC2의 E)', 'Compute(EC2의 C)', 'Cloud(EC2의 C)']) expect(n).toContain(part);
    expect(ask('하이퍼바이저랑 커널 뜻 각각 알려줘').answer).toMatch(/하이퍼바이저: [\s\S]*커널: /);
  });

  it('reads study-server slang and keyword asks: 리인, 온디, "어디에 씀", a bare percentage, "startup time", "기본기능"', () => {
    expect(ask('리인 언제 유리함').sectionId).toBe('3.3');
    expect(ask('온디 언제씀').answer).toMatch(/온디맨드/);
    expect(ask('스팟 어디에 씀').answer).toMatch(/^스팟 인스턴스는 2분 전에 경고/);
    expect(ask('65% 그거 뭐였지').answer).toMatch(/65%/);
    expect(ask('container startup time?').answer).toMatch(/수백 밀리초/);
    expect(ask('ecs 기본기능').answer).toMatch(/기본 기능은 네 가지/);
    expect(ask("what's the upside of the container-based services (ECS, EKS, Fargate etc) compared to just running VMs?").sectionId).toBe('1.2');
  });

  it('reads "뭐하는 서비스", "무슨역할임", "개념이 이해가 안가요" as definitions, and a short particle-less claim by its first term', () => {
    expect(ask('ECR은 머하는 서비스에요?? ECS랑 이름 비슷해서 헷갈림ㅠ').answer).toMatch(/^Amazon Elastic Container Registry/);
    expect(ask('오토스케일링은 정확히 무슨역할임?').answer).toMatch(/^Amazon EC2 Auto Scaling:/);
    expect(ask('pod 개념이 잘 이해가 안가요').answer).toMatch(/^Pod: /);
    expect(ask('ec2 paas 맞나?').answer).toMatch(/^(Amazon EC2는 [^.]*IaaS|AWS 컴퓨팅 서비스의 네 가지 범주별 [^.]*VM\(가상 머신\)에 Amazon EC2)/);
    // "X도 Y 되나요?" checks whether Y covers X too: the passage about Y answers.
    expect(ask('윈도우 인스턴스도 초당과금 되나요?').answer).toMatch(/^초당 결제: /);
  });

  it('declines Elastic IPs, ELB types and a failing deployment\'s logs', () => {
    for (const q of ['Elastic IP 안쓰고 놔두면 요금 붙는다던데 얼마나 나와요', 'elb types?', '빈스톡 배포 실패 로그 어디서 봄'])
      expect(ask(q).answered, q).toBe(false);
  });

  it('declines a timing-out SSH to fix, handler code asked for without "write", and a session\'s Zoom link', () => {
    for (const q of [
      'my ec2 instance keeps timing out when I try to ssh in, what do I check?',
      'Python Lambda handler code that resize images uploaded to S3 please',
      '내일 실습 세션 몇 시에 시작해요? 줌 링크 어디 있어요?',
    ])
      expect(ask(q).answered, q).toBe(false);
  });

  it('reads "…거예요?" and "…맞죠?" as checking a claim', () => {
    expect(questionKinds('파게이트로 하면 서버나 클러스터는 하나도 신경 안 써도 되는 거예요?')).toContain('yesno');
    expect(questionKinds('EC2는 PaaS에 속하는 거 맞죠?')).toContain('yesno');
    expect(questionKinds('컨테이너가 뭐예요?')).not.toContain('yesno');
    expect(ask('파게이트로 하면 서버나 클러스터는 하나도 신경 안 써도 되는 거예요?').answer).toMatch(/^Fargate 시작 유형에서는 클러스터를 프로비저닝/);
  });

  it('reads "쓰면 좋은 점" as benefits, "when does it run" as when it runs, and "뭘로 사는게 이득" as a pricing choice', () => {
    expect(ask('스팟 인스턴스 쓰면 좋은 점이 뭔가요').sectionId).toBe('3.2');
    expect(ask('when does a spot instance actually run?').answer).toMatch(/현재 시장 가격을 초과/);
    expect(ask('몇달동안 꾸준히 돌릴 서버는 뭘로 사는게 이득?').answer).toMatch(/^예약 인스턴스는/);
  });

  it('finds the passage for peak capacity in production, tags "붙여", and a one-off belief said another way', () => {
    expect(ask('For production workloads, how do you handle peak capacity without paying for it all the time?').answer).toMatch(/수평적 조정/);
    expect(ask('태그는 주로 어떤 걸로 붙여?').sectionId).toBe('3.5');
    expect(ask('비용최적화 한번 제대로 해두면 그 뒤로는 신경 안써도 되죠?').answer).toMatch(/일회성/);
    expect(ask('도메인 사서 DNS 레코드 관리하는 AWS 서비스가 뭐에요?').answered).toBe(false);
  });

  it('gives each side of "task vs task definition" with the bullet that goes on about it, and reads "무슨 기능이야" as a definition', () => {
    expect(ask("What's the difference between a task and a task definition in ECS?").answer).toMatch(/청사진/);
    expect(ask('EC2 오토스케일링은 무슨 기능이야').answer).toMatch(/^Amazon EC2 Auto Scaling:/);
    // A clause's meaning asked with "무슨 뜻" is not a definition of the term before it.
    expect(ask('최적의 요금 모델 원칙에서 application architecture도 고려하라는 건 무슨 뜻임? EC2 대신 뭘 쓰라는 거').sectionId).toBe('3.4.3');
  });

  it('reads a summary or "무슨 내용" of a term defined in a list as its definition, unless a numbered label names a section', () => {
    expect(ask('탄력성 증대 원칙 요약해줘').answer).toMatch(/^탄력성 증대: 비용 최적화의 두 번째 원칙/);
    expect(ask('크기 조정 원칙은 무슨 내용임?').answer).toMatch(/^크기 조정: 비용 최적화의 첫 번째 원칙/);
    expect(ask('원칙 2 탄력성 증대 요약').sectionId).toBe('3.4.2');
  });

  it('finds a thing described by what it does when its name is asked ("…하는 그거 뭐였더라", "이름이 뭐였지")', () => {
    expect(ask('인스턴스 띄울때 트래픽 막는 그거 뭐였더라').answer).toMatch(/^보안 그룹:/);
    expect(ask('EC2 인스턴스를 시작하는 데 쓰는 템플릿 같은 거 이름이 뭐였지').answer).toMatch(/^AMI\(Amazon Machine Image\)|^Amazon Machine Image\(AMI\)/);
  });

  it('answers the analogy asked, not the definition of the service beside it, and never with a section summary', () => {
    const r = ask("what's the 청사진 analogy for ECS");
    expect(r.answer).toMatch(/작업 정의(는|를) 애플리케이션의 청사진/);
    expect(r.answer).not.toMatch(/이 섹션에서는/);
  });

  it('asks for the pricing model the workload needs when two named models are weighed ("A랑 B 중 어느게 나아")', () => {
    expect(ask('1년 내내 돌리는 DB 서버면 온디맨드랑 예약 인스턴스 중 어느게 나아?').sectionId).toBe('3.3');
  });

  it('reads context said after a request as context: a course word there does not decline the question', () => {
    expect(ask('ECS 작업 정의가 뭔지 알려줘 내일 시험 범위라서').sectionId).toBe('4.4.1');
    expect(ask('시험 범위 알려줘').answered).toBe(false);
  });

  it('declines an error message to fix, installation steps, making something the module never names, and a clock time', () => {
    for (const q of ['EC2 들어가려는데 Permission denied 에러 나요', 'Blox 설치하는 법 알려줘', 'CloudWatch 대시보드 만드는 방법', '오늘 수업 몇 시에 시작해요?'])
      expect(ask(q).answered, q).toBe(false);
    // Where Docker is installed is the module's own fact, not a how-to.
    expect(ask('도커는 어디에 설치해?').sectionId).toBe('4.2');
  });

  it('reads "does it bill me while idle" as a question of charges, and "서버 관리 해야함?" as who manages, in the notes\' words', () => {
    expect(ask('does lambda bill me while my function is idle').answer).toMatch(/실행되지 않는 동안에는 컴퓨팅 요금이 부과되지 않음/);
    const duty = ask('lambda 쓰면 OS 관리 해야함?');
    expect(duty.answer).toMatch(/관리하지 않고도 코드를 실행/);
    expect(duty.answer).not.toMatch(/^Amazon EC2와 AWS Lambda의 차이/);
  });

  it('asks "what should I check" and "뭘 봐야돼" as how it is done, and "diff" as a comparison', () => {
    expect(ask('rightsizing 하려면 뭘 봐야돼?').answer).toMatch(/CPU, RAM, 스토리지 및 네트워크 사용률/);
    const diff = ask("what's the diff between ECS and ECR");
    expect(diff.answer).toMatch(/컨테이너 오케스트레이션 서비스/);
    expect(diff.answer).toMatch(/Docker 이미지를 저장하고 검색/);
  });

  it('answers with the example that states the numbers asked, and declines a number asked of a model the module only names', () => {
    expect(ask('20기가 쓰는데 ebs를 500기가로 만들었음 어떡해').answer).toMatch(/^스토리지 선택 최적화를 실현하는 한 가지 방법은 EBS 볼륨의 크기를 조정/);
    for (const q of ['t3.micro vCPU 몇 개야?', 't3.micro 가격 얼마야']) expect(ask(q).answered, q).toBe(false);
    // What the name's parts mean is the module's own example.
    expect(ask('t3.micro에서 t는 뭐야?').sectionId).toBe('2.3');
  });

  it('weighs two pricing models for a workload ("A vs B for a …") by its use cases, and reads "언제까지" as no question of when to use', () => {
    expect(ask('spot vs on-demand for a nightly batch job that can restart?').sectionId).toBe('3.3');
    const until = ask('예약 인스턴스 할인 요금은 언제까지 유지돼?');
    expect(until.sectionId).toBe('3.1');
    expect(until.answer).toMatch(/소유한 동안 고정/);
  });

  it('reads "name them" as a list, "which model comes with …" as a fact about a model, and "이렇게 여러개" as why there are many', () => {
    expect(ask('how many kinds of ec2 pricing models? name them').answer).toMatch(/온디맨드 인스턴스, 전용 호스트, 전용 인스턴스, 예약 인스턴스, 예정된 예약 인스턴스, 스팟 인스턴스/);
    expect(ask('which ec2 pricing option includes the free tier?').answer).toMatch(/^온디맨드 인스턴스:.*프리 티어/);
    expect(ask('컴퓨팅 서비스가 왜 이렇게 여러개임?').sectionId).toBe('1.3');
  });

  it('reads "what does X give you" as benefits and "구분이 헷갈려요" as a comparison', () => {
    expect(ask('what does docker give you besides speed').sectionId).toBe('4.2');
    const both = ask('게스트 os랑 호스트 os 구분이 헷갈림');
    expect(both.answer).toMatch(/게스트 운영 체제/);
    expect(both.answer).toMatch(/호스트 운영 체제/);
  });

  it('understands "full name?", "65퍼", chat verbs ending in 수, and declines writing an IAM policy or pushing an image', () => {
    expect(ask('ecs full name?').answer).toMatch(/Elastic Container Service/);
    expect(ask('온디맨드나 스팟 30프로 목표라는게 뭐였지').answer).toMatch(/20~30%/);
    expect(ask('EC2 인스턴스 띄울수 있는 시간 몇분?').answered).toBe(true);
    for (const q of ['S3 읽기 전용 IAM 정책 json 써줘', 'how do i docker push my image to ecr']) expect(ask(q).answered, q).toBe(false);
  });
});

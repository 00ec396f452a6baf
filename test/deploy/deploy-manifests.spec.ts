import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { DEFAULT_PORTS, SERVICE_NAMES } from '@callsight/contracts/services';
import { HEALTH_ROUTES } from '@callsight/common/health/health-routes';

const ROOT = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** The parts of each manifest these checks read; parsed YAML is only trusted that far. */
interface ComposeService {
  image?: string;
  command?: string[];
  build: { context: string; target: string; args: Record<string, string> };
  environment: Record<string, string>;
  depends_on: Record<string, { condition: string }>;
  healthcheck: { test: string[] };
  ports?: string[];
  volumes?: string[];
}
interface Compose {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
}
interface PackageJson {
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface Kustomization {
  kind: string;
  namespace: string;
  resources: string[];
}
type Labels = Record<string, string>;
interface K8sObject {
  kind: string;
  metadata: { name: string; labels?: Labels };
}
interface NamedPort {
  name: string;
  containerPort: number;
}
interface HttpProbe {
  httpGet: { path: string; port: string | number };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string } };
}
interface Container {
  ports: NamedPort[];
  env: EnvVar[];
  envFrom: { configMapRef: { name: string } }[];
  livenessProbe: HttpProbe;
  readinessProbe: HttpProbe;
  startupProbe?: HttpProbe;
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext: { readOnlyRootFilesystem?: boolean };
  volumeMounts: { name: string; mountPath: string }[];
}
interface Deployment extends K8sObject {
  spec: {
    selector: { matchLabels: Labels };
    template: {
      metadata: { labels: Labels };
      spec: {
        securityContext: { runAsNonRoot?: boolean };
        containers: Container[];
        volumes: { name: string; persistentVolumeClaim?: { claimName: string } }[];
      };
    };
  };
}
interface Service extends K8sObject {
  spec: { selector: Labels; ports: { port: number; targetPort: string | number }[] };
}
interface ConfigMap extends K8sObject {
  data: Record<string, string>;
}
interface PersistentVolumeClaim extends K8sObject {
  spec: { accessModes: string[] };
}

/** There is no Docker engine or cluster here: these checks are what keeps the manifests honest. */
describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as Compose;

  it('runs PostgreSQL and NATS with JetStream, both health-checked', () => {
    expect(compose.services.postgres.image).toMatch(/^postgres:/);
    expect(compose.services.postgres.healthcheck.test.join(' ')).toMatch(/pg_isready/);
    expect(compose.services.nats.command).toContain('-js');
    expect(compose.services.nats.healthcheck).toBeDefined();
  });

  it.each(SERVICE_NAMES)('runs %s from the Dockerfile with its port, its dependencies and a readiness check', (app) => {
    const service = compose.services[app];
    expect(service).toBeDefined();
    expect(service.build.args.APP).toBe(app);
    expect(service.build.context).toBe('.');
    expect(service.environment.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
    expect(service.environment.NATS_URL).toBe('nats://nats:4222');
    expect(Number(service.environment.PORT)).toBe(DEFAULT_PORTS[app]);
    expect(service.depends_on.postgres.condition).toBe('service_healthy');
    expect(service.depends_on.nats.condition).toBe('service_healthy');
    expect(service.healthcheck.test.join(' ')).toContain(`127.0.0.1:${DEFAULT_PORTS[app]}${HEALTH_ROUTES.readiness}`);
  });

  it('publishes only the gateway', () => {
    const published = SERVICE_NAMES.filter((app) => compose.services[app].ports);
    expect(published).toEqual(['gateway']);
  });

  it('shares the audio volume between the gateway and transcription', () => {
    for (const app of ['gateway', 'transcription'])
      expect(compose.services[app].volumes).toContain('audio:/var/lib/callsight/audio');
    expect(Object.keys(compose.volumes)).toContain('audio');
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)\s+AS\s+(\S+)/gim)].map((match) => match[2]);

  it('builds in one stage and runs in another, as a non-root user', () => {
    expect(stages).toEqual(expect.arrayContaining(['build', 'runtime', 'transcription']));
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).toMatch(/^USER 10001:10001$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK/m);
  });

  it('copies into the build stage every file and folder the build script reads', () => {
    const build = dockerfile.slice(dockerfile.indexOf('AS build'), dockerfile.indexOf('RUN npm run build'));
    const copied = [...build.matchAll(/^COPY\s+(?!--from)(.+)\s+\S+$/gm)].flatMap((match) => match[1].split(/\s+/));
    const script = (JSON.parse(read('package.json')) as PackageJson).scripts.build;
    const tsconfig = JSON.parse(read('tsconfig.build.json')) as { include?: string[] };
    const readByBuild = [...script.matchAll(/(?:-p|node)\s+([\w./-]+)/g)].map((match) => match[1].split('/')[0]);
    const needed = new Set([
      ...readByBuild,
      'tsconfig.json',
      'nest-cli.json',
      'package.json',
      ...(tsconfig.include ?? []).map((path) => path.split('/')[0]),
    ]);
    for (const entry of needed) expect(copied).toContain(entry);
  });

  it('runs the entry point of the app it is given, and every app has one', () => {
    expect(dockerfile).toContain('node dist/apps/${APP}/main.js');
    for (const app of SERVICE_NAMES) expect(existsSync(join(ROOT, 'apps', app, 'src', 'main.ts'))).toBe(true);
  });

  it('installs the speech tools in the transcription image', () => {
    const transcription = dockerfile.slice(dockerfile.indexOf('AS transcription'));
    expect(transcription).toMatch(/ffmpeg/);
    expect(transcription).toMatch(/pocketsphinx-en-us/);
  });

  it('does not send local build output or data into the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.callsight', '.tools']));
  });
});

describe('Node version', () => {
  const pinnedByCi = /^RUNTIME_NODE_VERSION=(\d+)\.\d+\.\d+$/m.exec(read('.ci/run'));
  const ciMajor = pinnedByCi?.[1];
  const packageJson = JSON.parse(read('package.json')) as PackageJson;

  it('is pinned to one exact release in CI', () => {
    expect(ciMajor).toBeDefined();
  });

  it('builds and runs the image on the major CI tests, on the Debian release the speech packages come from', () => {
    const froms = [...read('Dockerfile').matchAll(/^FROM\s+(\S+)\s+AS\s+(\S+)/gim)];
    const stages = froms.map((match) => match[2]);
    const nodeStages = froms.filter((match) => match[1].startsWith('node:')).map((match) => match[2]);
    expect(nodeStages).toEqual(expect.arrayContaining(['build', 'runtime']));
    for (const [, image] of froms) {
      if (stages.includes(image)) continue;
      expect(image).toBe(`node:${ciMajor}-bookworm-slim`);
    }
  });

  it('names the same major for developers in .nvmrc', () => {
    expect(read('.nvmrc').trim()).toBe(ciMajor);
  });

  it('types the code against the oldest Node that engines allows, so no newer API slips in', () => {
    const oldestMajor = /^>=(\d+)\.\d+\.\d+$/.exec(packageJson.engines.node)?.[1];
    expect(oldestMajor).toBeDefined();
    expect(packageJson.devDependencies['@types/node'].split('.')[0]).toBe(oldestMajor);
    expect(Number(oldestMajor)).toBeLessThanOrEqual(Number(ciMajor));
  });
});

describe('k8s/base (kustomize)', () => {
  const kustomization = parse(read('k8s/base/kustomization.yaml')) as Kustomization;
  const documents = kustomization.resources.flatMap((file) => {
    expect(existsSync(join(ROOT, 'k8s/base', file))).toBe(true);
    return parseAllDocuments(read(join('k8s/base', file))).map((document) => {
      expect(document.errors).toEqual([]);
      return document.toJS() as K8sObject;
    });
  });
  const find = <T extends K8sObject>(kind: string, name: string): T => {
    const found = documents.find((document) => document.kind === kind && document.metadata.name === name);
    if (!found) throw new Error(`k8s/base has no ${kind} named ${name}`);
    return found as T;
  };
  const configMaps = documents.filter((document): document is ConfigMap => document.kind === 'ConfigMap');

  it('is a kustomization for the callsight namespace', () => {
    expect(kustomization.kind).toBe('Kustomization');
    expect(kustomization.namespace).toBe('callsight');
  });

  it.each(SERVICE_NAMES)('has a Deployment for %s with probes on its real health routes and port', (app) => {
    const deployment = find<Deployment>('Deployment', app);
    const pod = deployment.spec.template;
    expect(deployment.spec.selector.matchLabels).toEqual(expect.objectContaining({ 'app.kubernetes.io/name': app }));
    for (const [label, value] of Object.entries(deployment.spec.selector.matchLabels))
      expect(pod.metadata.labels[label]).toBe(value);
    const container = pod.spec.containers[0];
    const port = container.ports.find((candidate) => candidate.name === 'http');
    expect(port?.containerPort).toBe(DEFAULT_PORTS[app]);
    const resolvePort = (probePort: string | number) =>
      typeof probePort === 'number'
        ? probePort
        : container.ports.find((candidate) => candidate.name === probePort)?.containerPort;
    expect(container.livenessProbe.httpGet.path).toBe(HEALTH_ROUTES.liveness);
    expect(resolvePort(container.livenessProbe.httpGet.port)).toBe(DEFAULT_PORTS[app]);
    expect(container.readinessProbe.httpGet.path).toBe(HEALTH_ROUTES.readiness);
    expect(resolvePort(container.readinessProbe.httpGet.port)).toBe(DEFAULT_PORTS[app]);
    expect(container.startupProbe).toBeDefined();
    expect(container.resources.requests).toBeDefined();
    expect(container.resources.limits).toBeDefined();
    expect(pod.spec.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
  });

  it.each(SERVICE_NAMES)(
    'gives %s its database URL from a Secret and NATS from the ConfigMap, and the app it is',
    (app) => {
      const container = find<Deployment>('Deployment', app).spec.template.spec.containers[0];
      const env = Object.fromEntries(container.env.map((entry) => [entry.name, entry]));
      expect(env.DATABASE_URL.valueFrom?.secretKeyRef).toEqual({ name: 'callsight-database', key: 'url' });
      expect(env.APP.value).toBe(app);
      expect(Number(env.PORT.value)).toBe(DEFAULT_PORTS[app]);
      const fromConfig = container.envFrom.map((source) => source.configMapRef.name);
      const natsUrl = configMaps
        .filter((map) => fromConfig.includes(map.metadata.name))
        .map((map) => map.data.NATS_URL);
      expect(natsUrl).toEqual([expect.stringMatching(/^nats:\/\//)]);
    },
  );

  it.each(SERVICE_NAMES)('has a Service for %s that selects its pods and targets its port', (app) => {
    const service = find<Service>('Service', app);
    const deployment = find<Deployment>('Deployment', app);
    for (const [label, value] of Object.entries(service.spec.selector))
      expect(deployment.spec.template.metadata.labels[label]).toBe(value);
    expect(service.spec.ports[0].port).toBe(DEFAULT_PORTS[app]);
    expect(service.spec.ports[0].targetPort).toBe('http');
  });

  it('mounts the audio claim where the gateway writes and transcription reads', () => {
    expect(find<PersistentVolumeClaim>('PersistentVolumeClaim', 'callsight-audio').spec.accessModes).toContain(
      'ReadWriteMany',
    );
    for (const app of ['gateway', 'transcription']) {
      const spec = find<Deployment>('Deployment', app).spec.template.spec;
      expect(spec.volumes.find((volume) => volume.name === 'audio')?.persistentVolumeClaim?.claimName).toBe(
        'callsight-audio',
      );
      expect(spec.containers[0].volumeMounts.find((mount) => mount.name === 'audio')?.mountPath).toBe(
        '/var/lib/callsight/audio',
      );
    }
  });
});

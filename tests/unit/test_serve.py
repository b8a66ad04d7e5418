"""Several processes behind nginx: the generated configuration, and a real nginx in front of two processes."""

from __future__ import annotations

import urllib.request

from folkhalsa.serve import STICKY_COOKIE, Cluster, nginx_config


def test_the_config_is_sticky_passes_websockets_on_and_keeps_every_path_in_its_folder(tmp_path):
    conf = nginx_config(8123, [9001, 9002, 9003], tmp_path)
    assert "listen 127.0.0.1:8123;" in conf
    assert [line.strip() for line in conf.splitlines() if line.strip().startswith("server 127")] == [
        "server 127.0.0.1:9001 max_fails=0;", "server 127.0.0.1:9002 max_fails=0;",
        "server 127.0.0.1:9003 max_fails=0;"]
    assert "hash $sticky_key consistent;" in conf and f"$cookie_{STICKY_COOKIE}" in conf
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    assert "proxy_set_header Connection $connection_upgrade;" in conf
    assert "daemon off;" in conf and "user " not in conf
    places = {line.split()[0]: line.split()[1].rstrip(";") for line in conf.splitlines()
              if line.split() and line.split()[0] in ("pid", "error_log", "access_log", "client_body_temp_path",
                                                       "proxy_temp_path", "fastcgi_temp_path", "uwsgi_temp_path",
                                                       "scgi_temp_path")}
    assert len(places) == 8 and all(p.startswith(f"{tmp_path}/") for p in places.values())
    assert "user nobody nogroup;" in nginx_config(8123, [9001], tmp_path, as_root=True)


def _get(url: str, cookie: str | None = None) -> tuple[int, str | None]:
    req = urllib.request.Request(url, headers={"Cookie": f"{STICKY_COOKIE}={cookie}"} if cookie else {})
    with urllib.request.urlopen(req, timeout=30) as r:
        set_cookie = next((c for c in r.headers.get_all("Set-Cookie") or [] if c.startswith(STICKY_COOKIE)), None)
        return r.status, set_cookie


def test_nginx_in_front_of_two_processes_keeps_each_viewer_on_one_process(tmp_path):
    with Cluster(2) as cluster:
        status, set_cookie = _get(cluster.url + "/")  # a first visit gets its key
        assert status == 200 and set_cookie and "HttpOnly" in set_cookie
        key = set_cookie.split(";")[0].split("=", 1)[1]
        for _ in range(5):
            assert _get(cluster.url + "/_stcore/health", key)[0] == 200
        for n in range(20):
            _get(cluster.url + "/_stcore/health", f"viewer{n}")
        log = (cluster.folder / "access.log").read_text().splitlines()
        backends = {f"127.0.0.1:{p}" for p in cluster.backends}
        mine = {line.split()[-2] for line in log if line.endswith(" " + key)}
        assert len(mine) == 1 and mine <= backends  # one viewer, one process
        spread = {line.split()[-2] for line in log if " viewer" in line}
        assert spread == backends  # twenty viewers reach both processes

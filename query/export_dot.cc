// DOT export with clusters, the --max-nodes guard, and rendering through
// GraphViz (see query/export.h).
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "query/export.h"

extern char** environ;

namespace kg {

Trimmed LimitNodes(Subgraph sub, std::size_t max_nodes,
                   std::optional<EntityId> focus) {
  Trimmed t;
  if (max_nodes == 0 || sub.entities.size() <= max_nodes) {
    t.sub = std::move(sub);
    return t;
  }
  std::unordered_map<EntityId, std::size_t> degree;
  for (const FactView& f : sub.relations) {
    ++degree[f.relation.subject];
    ++degree[f.relation.object];
  }
  std::vector<Entity> order = std::move(sub.entities);
  std::sort(order.begin(), order.end(), [&](const Entity& a, const Entity& b) {
    bool fa = focus && a.id == *focus, fb = focus && b.id == *focus;
    if (fa != fb) return fa;
    std::size_t da = degree[a.id], db = degree[b.id];
    if (da != db) return da > db;
    return a.id < b.id;
  });
  std::unordered_set<EntityId> keep;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i < max_nodes) {
      keep.insert(order[i].id);
      t.sub.entities.push_back(std::move(order[i]));
    } else {
      t.left_out.push_back(std::move(order[i]));
    }
  }
  std::sort(t.sub.entities.begin(), t.sub.entities.end(),
            [](const Entity& a, const Entity& b) { return a.id < b.id; });
  for (FactView& f : sub.relations) {
    if (keep.count(f.relation.subject) && keep.count(f.relation.object))
      t.sub.relations.push_back(std::move(f));
    else
      ++t.relations_dropped;
  }
  return t;
}

std::vector<DotCluster> CountryClusters(const Store& store,
                                        const Subgraph& sub) {
  RelationFilter place;
  place.relations = {"located_in", "based_in", "part_of"};
  std::map<std::pair<std::string, EntityId>, std::vector<EntityId>> groups;
  for (const Entity& e : sub.entities) {
    std::optional<Entity> country;
    if (e.type == EntityType::kCountry) country = e;
    // Breadth-first up the place hierarchy; the nearest country wins.
    std::vector<EntityId> frontier{e.id};
    std::set<EntityId> seen{e.id};
    for (int depth = 0; depth < 3 && !country && !frontier.empty(); ++depth) {
      std::vector<EntityId> next;
      std::optional<Entity> best;
      for (EntityId id : frontier)
        for (const Incident& inc : store.RelationsOf(id, Direction::kOut, place)) {
          if (!seen.insert(inc.other.id).second) continue;
          if (inc.other.type == EntityType::kCountry) {
            if (!best || std::tie(inc.other.name, inc.other.id) <
                             std::tie(best->name, best->id))
              best = inc.other;
          } else {
            next.push_back(inc.other.id);
          }
        }
      country = best;
      frontier = std::move(next);
    }
    if (country) groups[{country->name, country->id}].push_back(e.id);
  }
  std::vector<DotCluster> out;
  for (auto& [key, members] : groups) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end());
    out.push_back(DotCluster{key.first, std::move(members)});
  }
  return out;
}

void WriteExportDot(std::ostream& out, const Subgraph& sub,
                    const std::string& title,
                    const std::vector<DotCluster>& clusters) {
  std::vector<Relation> rels;
  for (const FactView& f : sub.relations) rels.push_back(f.relation);
  DotOptions opt;
  opt.title = title;
  opt.clusters = clusters;
  WriteDot(out, sub.entities, std::move(rels), opt);
}

namespace {

/// A temporary file removed on destruction.
class TempFile {
 public:
  TempFile() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "kg_dot_XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = mkstemp(buf.data());
    if (fd >= 0) {
      close(fd);
      path_ = buf.data();
    }
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

Status RenderWithGraphviz(std::string_view dot_text, const std::string& format,
                          const std::string& output_path, std::ostream& out) {
  // The DOT goes through a file, not a pipe: dot reads all its input before
  // writing, and a file needs no second thread to avoid a full pipe.
  TempFile input;
  if (input.path().empty())
    return Status::IoError("cannot create a temporary file for dot");
  {
    std::ofstream f(input.path(), std::ios::binary | std::ios::trunc);
    f.write(dot_text.data(), static_cast<std::streamsize>(dot_text.size()));
    if (!f) return Status::IoError("cannot write a temporary file for dot");
  }
  TempFile captured;  // dot's output when it goes to out
  const std::string& target = output_path.empty() ? captured.path() : output_path;
  std::string t = "-T" + format;
  std::string o = "-o" + target;
  std::vector<char*> argv = {const_cast<char*>("dot"), t.data(), o.data(),
                             const_cast<char*>(input.path().c_str()), nullptr};
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "dot", nullptr, nullptr, argv.data(), environ);
  if (rc == ENOENT)
    return Status::InvalidInput(fmt::format(
        "--format {} needs GraphViz's `dot`, which is not installed (not on "
        "PATH); install the Debian package graphviz (apt-get install "
        "graphviz), or use --format dot and render it elsewhere",
        format));
  if (rc != 0)
    return Status::IoError(fmt::format("cannot run dot: {}", std::strerror(rc)));
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return Status::IoError(fmt::format("dot -T{} failed (exit status {})",
                                       format, WIFEXITED(status) ? WEXITSTATUS(status) : -1));
  if (output_path.empty()) {
    std::ifstream f(captured.path(), std::ios::binary);
    out << f.rdbuf();
  }
  return Status::Ok();
}

}  // namespace kg

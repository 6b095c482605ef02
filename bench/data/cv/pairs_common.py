"""The list the pair files fill, and how they add a pair (see pairs_src.py)."""

P = []


def pair(pid, lang, split, job, cv, missing):
    P.append(
        {
            "id": pid,
            "lang": lang,
            "split": split,
            "job": job.strip(),
            "cv": cv.strip(),
            "missing": missing,
        }
    )

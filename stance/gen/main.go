// Command gen trains the stance model on the shared FNC-1 and Emergent
// data and writes stance/model.bin.gz. With -cv it trains on the 80% split
// (by body and by headline for FNC-1, by claim for Emergent) and prints the
// held-out figures instead.
//
//	go run ./stance/gen        # regenerate stance/model.bin.gz
//	go run ./stance/gen -cv    # validation figures
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"dossier/eval"
	"dossier/stance"
)

func main() {
	data := flag.String("data", "../shared/data", "shared data folder")
	out := flag.String("out", "stance/model.bin.gz", "model file to write")
	cv := flag.Bool("cv", false, "train on the training split and print validation figures")
	pow := flag.Float64("pow", stance.DefaultTrainConfig.ClassPow, "class weight exponent")
	ep := flag.Int("epochs", stance.DefaultTrainConfig.Epochs2, "stage-two epochs")
	lr := flag.Float64("lr", stance.DefaultTrainConfig.LR2, "stage-two learning rate")
	epow := flag.Float64("epow", stance.DefaultTrainConfig.EmergentPow, "class weight exponent for Emergent pairs")
	ew := flag.Float64("ew", stance.DefaultTrainConfig.EmergentWeight, "weight of Emergent pairs")
	cal := flag.Bool("calibrate", stance.DefaultTrainConfig.Calibrate, "choose stage-two biases on an inner split of the training part")
	flag.Parse()
	files := []string{"fnc-1/train_stances.csv", "fnc-1/train_bodies.csv", "emergent/train.csv"}
	fnc, err := stance.ReadFNC(filepath.Join(*data, files[0]), filepath.Join(*data, files[1]))
	if err != nil {
		log.Fatal(err)
	}
	em, err := stance.ReadEmergent(filepath.Join(*data, files[2]))
	if err != nil {
		log.Fatal(err)
	}
	cfg := stance.DefaultTrainConfig
	cfg.ClassPow, cfg.Epochs2, cfg.LR2 = *pow, *ep, *lr
	cfg.EmergentPow, cfg.EmergentWeight, cfg.Calibrate = *epow, *ew, *cal
	if *cv {
		ftr, fva := stance.SplitFNC(fnc)
		etr, eva := stance.SplitEmergent(em)
		fmt.Printf("FNC-1: %d train pairs, %d validation pairs (%d dropped for shared headlines)\n",
			len(ftr), len(fva), len(fnc)-len(ftr)-len(fva))
		fmt.Printf("Emergent: %d train pairs, %d validation pairs\n", len(etr), len(eva))
		m := stance.Train(ftr, etr, cfg)
		fmt.Printf("stage-two biases (agree, disagree, discuss): bodies %v, short bodies %v\n", m.Bias2[0], m.Bias2[1])
		pred := m.PredictPairs(fva)
		gold := make([]string, len(fva))
		for i, p := range fva {
			gold[i] = p.Label
		}
		eval.ScoreStance(gold, pred).WriteTable(os.Stdout)
		eg := make([]string, len(eva))
		ep := make([]string, len(eva))
		for i, p := range eva {
			eg[i] = p.Label
			ep[i] = m.RelatedStance(p.Headline, p.Body)
		}
		eval.ScoreEmergent(eg, ep).WriteTable(os.Stdout)
		return
	}
	m := stance.Train(fnc, em, cfg)
	m.TrainedOn = files
	m.Notes = "trained on all of FNC-1 train and Emergent train.csv; held-out figures: go run ./stance/gen -cv"
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %s (%d bytes)\n", *out, buf.Len())
}
